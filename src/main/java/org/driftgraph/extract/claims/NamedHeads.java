package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.claims.ArticleText.Span;

/**
 * English definite descriptions whose head is the last word of a name the story gave before: once
 * it has named "the Riverside Patriots Council" or "the Crescent Aid Network", "the council" and
 * "the network's pages" stand for that name, not for whatever actor of a fitting type was named
 * last. The head word says which name is meant, so such a description reaches further than a bare
 * type anaphor: to the nearest name with that head in its paragraph or the sentence before, else to
 * the one name with that head the article has named so far (two such names and no near one give
 * nothing). It also corrects a type anaphor at the same words ("the group" after "X Group" in the
 * sentence before) when the name is near and of the type the anaphor had resolved to.
 *
 * <p>Linear in the article: one pass over the names and one regular-expression pass over the text.
 */
final class NamedHeads {
  private static final Set<String> HEADS =
      EnglishAppositions.readWords("/extract/claims/named-heads.txt");

  /** "the council", "this network", "the network's": the head is group 1. */
  private static final Pattern DESCRIPTION = Pattern.compile("\\b(?:the|this) ([a-z]+)\\b");

  /**
   * A head followed by these describes another thing it goes on to name ("the council of ..."), or
   * is part of a longer noun ("the trust and safety team" is a platform's unit, not a trust).
   */
  private static final Pattern DEFINES_ANOTHER =
      Pattern.compile(
          "\\s+(?:of|for|behind|that|which|who|whose|called|known|named|dubbed|run|linked|tied|"
              + "based|set|and\\s+safety)\\b");

  /** What may end a name after its last word: quotes, brackets, a possessive. */
  private static final Pattern NAME_TAIL = Pattern.compile("[\\s«»\"“”()'’]+$|'s$");

  private NamedHeads() {}

  /** Adds to {@code article.refs} the descriptions it can resolve, replacing what they correct. */
  static void resolve(ArticleText article) {
    String text = article.text;
    Map<String, List<Ref>> byHead = new HashMap<>();
    BitSet named = new BitSet(text.length());
    Set<Ref> introduced = new HashSet<>();
    for (Ref ref : article.refs) {
      if (ref.anaphor()) {
        continue;
      }
      named.set(ref.start(), ref.end());
      String head = lastWord(text.substring(ref.start(), ref.end()));
      if (HEADS.contains(head) && properHead(article, ref)) {
        byHead.computeIfAbsent(head, h -> new ArrayList<>()).add(ref);
      } else {
        IntroducedHeads.of(article, ref)
            .ifPresent(
                h -> {
                  byHead.computeIfAbsent(h, k -> new ArrayList<>()).add(ref);
                  introduced.add(ref);
                });
      }
    }
    if (byHead.isEmpty()) {
      markUnintroduced(article, named);
      dropOpenAnaphora(article);
      return;
    }
    Map<String, Integer> firstOther = new HashMap<>();
    byHead.forEach((head, refs) -> firstOther.put(head, firstOther(refs)));
    Map<Integer, List<Ref>> anaphoraByStart = new HashMap<>();
    BitSet anaphora = new BitSet(text.length());
    for (Ref ref : article.refs) {
      if (ref.anaphor()) {
        anaphoraByStart.computeIfAbsent(ref.start(), s -> new ArrayList<>()).add(ref);
        anaphora.set(ref.start(), ref.end());
      }
    }
    List<Ref> added = new ArrayList<>();
    Set<Integer> corrected = new HashSet<>();
    Matcher m = DESCRIPTION.matcher(text);
    while (m.find()) {
      List<Ref> candidates = byHead.get(m.group(1));
      int start = m.start();
      int end = m.end();
      if (candidates == null && IntroducedHeads.onlyIntroduced(m.group(1))) {
        markOpen(article, named, start, end);
      }
      if (candidates == null || !standsAlone(article, named, start, end)) {
        continue;
      }
      List<Ref> same = anaphoraByStart.getOrDefault(start, List.of());
      boolean sameSpan = !same.isEmpty() && same.stream().allMatch(r -> r.end() == end);
      if (overlaps(anaphora, start, end) && !sameSpan) {
        // A longer anaphor holds these words ("the group's founder" is a person).
        continue;
      }
      int other = firstOther.get(m.group(1));
      Optional<Ref> near = near(article, candidates, start);
      if (near.isPresent() && introduced.contains(near.get())) {
        // A lower-case noun is no part of the name: two bodies introduced by it are both "the
        // club".
        near = onlyOne(candidates, other, start);
      }
      Optional<Ref> antecedent = sameSpan ? near : near.or(() -> onlyOne(candidates, other, start));
      if (antecedent.isEmpty()) {
        if (latestBefore(candidates, start) >= other) {
          // Two bodies with this head were named before and none is near: neither is meant.
          article.openDescriptions.set(start, end);
        }
        continue;
      }
      Ref found = antecedent.get();
      if (sameSpan) {
        boolean agrees = same.stream().allMatch(r -> r.entity().type() == found.entity().type());
        if (!agrees || same.stream().allMatch(r -> r.id().equals(found.id()))) {
          continue;
        }
        corrected.add(start);
      }
      added.add(new Ref(found.entity(), start, end, true, false));
    }
    article.refs.removeIf(r -> r.anaphor() && corrected.contains(r.start()));
    dropOpenAnaphora(article);
    article.refs.addAll(added);
    article.refs.sort(Comparator.comparingInt(Ref::start));
  }

  /** A type anaphor at an open description ("the club" after two clubs) stands for neither. */
  private static void dropOpenAnaphora(ArticleText article) {
    article.refs.removeIf(r -> r.anaphor() && article.openDescriptions.get(r.start()));
  }

  /** Marks every "the club" of an article that introduced no body with a head noun. */
  private static void markUnintroduced(ArticleText article, BitSet named) {
    Matcher m = DESCRIPTION.matcher(article.text);
    while (m.find()) {
      if (IntroducedHeads.onlyIntroduced(m.group(1))) {
        markOpen(article, named, m.start(), m.end());
      }
    }
  }

  /** "the club" with no body to stand for, unless it is part of a name or defines another thing. */
  private static void markOpen(ArticleText article, BitSet named, int start, int end) {
    if (standsAlone(article, named, start, end)) {
      article.openDescriptions.set(start, end);
    }
  }

  /**
   * The description is a description: not inside a name, not defining another thing ("the club
   * called X"), and not the first word of a name after it.
   */
  private static boolean standsAlone(ArticleText article, BitSet named, int start, int end) {
    String text = article.text;
    return !overlaps(named, start, end)
        && !DEFINES_ANOTHER.matcher(text).region(end, text.length()).lookingAt()
        && !nameWordFollows(article, end);
  }

  /** The latest name with the head before {@code start} in its paragraph or the sentence before. */
  private static Optional<Ref> near(ArticleText article, List<Ref> candidates, int start) {
    int i = latestBefore(candidates, start);
    if (i < 0) {
      return Optional.empty();
    }
    Ref ref = candidates.get(i);
    Span here = article.sentenceAt(start);
    Span there = article.sentenceAt(ref.start());
    boolean inReach = there.paragraph() == here.paragraph() || there.index() >= here.index() - 1;
    return inReach ? Optional.of(ref) : Optional.empty();
  }

  /** The one entity with the head named before {@code start}; empty when there are two. */
  private static Optional<Ref> onlyOne(List<Ref> candidates, int firstOther, int start) {
    int i = latestBefore(candidates, start);
    if (i < 0) {
      return Optional.empty();
    }
    return i < firstOther ? Optional.of(candidates.get(i)) : Optional.empty();
  }

  /** The index of the first candidate naming another entity than the first (size if none). */
  private static int firstOther(List<Ref> candidates) {
    String first = candidates.get(0).id();
    int i = 1;
    while (i < candidates.size() && candidates.get(i).id().equals(first)) {
      i++;
    }
    return i;
  }

  /** The index of the last candidate ending at or before {@code start}, by binary search. */
  private static int latestBefore(List<Ref> candidates, int start) {
    int i = SortedByOffset.firstAtOrAfter(candidates, Ref::start, start) - 1;
    while (i >= 0 && candidates.get(i).end() > start) {
      i--;
    }
    return i;
  }

  private static boolean overlaps(BitSet covered, int start, int end) {
    int next = covered.nextSetBit(start);
    return next >= 0 && next < end;
  }

  /**
   * A capitalised word right after the head makes it part of a name the extractor did not read
   * ("the Network Contagion Research Institute"), not a description.
   */
  private static boolean nameWordFollows(ArticleText article, int end) {
    String original = article.article.text();
    int at = article.originalEnd(end);
    if (at + 1 >= original.length() || original.charAt(at) != ' ') {
      return false;
    }
    return Character.isUpperCase(original.charAt(at + 1));
  }

  /**
   * The head is written with a capital, as part of a proper name ("Crescent Aid Network"); a class
   * name written in lower case ("a sovereign-citizen movement") is itself a description.
   */
  private static boolean properHead(ArticleText article, Ref ref) {
    String original =
        article
            .article
            .text()
            .substring(article.originalStart(ref.start()), article.originalEnd(ref.end()));
    String head = lastWord(original);
    return !head.isEmpty() && Character.isUpperCase(head.charAt(0));
  }

  private static String lastWord(String name) {
    String bare = NAME_TAIL.matcher(name.strip()).replaceAll("");
    int space = bare.lastIndexOf(' ');
    return bare.substring(space + 1);
  }
}
