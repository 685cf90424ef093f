package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.driftgraph.model.EntityType;

/**
 * "the Harbour Watch network he leads", "the Grey Lantern podcast", "the Newsly news aggregator"
 * (issue 11, round 12): a capitalised name between "the" and a lower-case head noun that types it.
 * The app heads ("the Hoop app") are read by {@link EnglishCues}; here are the heads of groups,
 * outlets and the platforms without "app" in their head. A network named this way is an operation
 * or a group ("the Spamouflage network"), not a social network: a social network is written with
 * its own head.
 *
 * <p>A group or outlet name needs two words or more: "the Moscow group", "the Berlin podcast" are a
 * place and a head. Words that are never names (nationalities, months) keep a name from being read
 * at all ("the Russian network").
 */
final class HeadedEnglishNames {
  private static final int MIN_GROUP_WORDS = 2;

  /** The heads read after a name, with the type and kind they give it. */
  private static final Map<String, Cue> HEADS =
      Map.ofEntries(
          head("network", EntityType.ACTOR, "group"),
          head("group", EntityType.ACTOR, "group"),
          head("movement", EntityType.ACTOR, "group"),
          head("militia", EntityType.ACTOR, "group"),
          head("collective", EntityType.ACTOR, "group"),
          head("organisation", EntityType.ACTOR, "group"),
          head("organization", EntityType.ACTOR, "group"),
          head("podcast", EntityType.OUTLET, "propaganda"),
          head("outlet", EntityType.OUTLET, "propaganda"),
          head("news aggregator", EntityType.PLATFORM, null),
          head("aggregator", EntityType.PLATFORM, null),
          head("social network", EntityType.PLATFORM, null));

  private final DiscoveryLexicon lexicon;

  HeadedEnglishNames(DiscoveryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static Map.Entry<String, Cue> head(String words, EntityType type, String kind) {
    return Map.entry(words, new Cue("en", words, type, kind, Cue.Reads.NAME));
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 1; i < text.size(); i++) {
      if (!text.word(i - 1).lower().equals("the")
          || !text.spaceBefore(i)
          || !LatinRuns.startsName(text, i)) {
        continue;
      }
      int end = LatinRuns.nameEnd(text, i);
      if (end == i || end >= text.size() || !text.spaceBefore(end)) {
        continue;
      }
      Cue cue = headAt(text, end);
      int after = end + (cue == null ? 0 : cue.words().split(" ").length);
      // "the San Francisco network company": a head before another noun is a modifier
      boolean compound =
          cue != null
              && after < text.size()
              && text.spaceBefore(after)
              && lexicon.isCueWord(text.word(after).lower());
      // "the X network of fake accounts", "founder of the X network,": a network is named only
      // inside its clause, before a lower-case word other than "of" ("the X network he leads")
      boolean looseNetwork =
          cue != null
              && cue.words().equals("network")
              && (after >= text.size()
                  || !text.spaceBefore(after)
                  || text.word(after).isCapitalised()
                  || text.word(after).lower().equals("of"));
      if (cue != null && !compound && !looseNetwork && fits(text, i, end, cue)) {
        found.add(Candidate.of(text.word(i).start(), text.word(end - 1).end(), cue));
      }
      i = end;
    }
    for (int i = 1; i < text.size(); i++) {
      readQuoted(text, i, found);
    }
    return found;
  }

  /**
   * the "Reclaim the Harbour" movement, the "Grey Lantern" street movement (round 15): a quoted
   * name of up to five words, its inner words in any case, between "the" and a head, perhaps after
   * one lower-case modifier. The quotes set the name off, so one word is enough; the same compound
   * and network limits hold ("the "Paperwall" network of fake accounts" is left out).
   */
  private void readQuoted(TokenizedText text, int i, List<Candidate> found) {
    String open = text.gapBefore(i);
    if (!text.word(i - 1).lower().equals("the")
        || open.length() != 2
        || open.charAt(0) != ' '
        || Quotes.lastOpening(open, 1, 2) != 1
        || !LatinRuns.startsName(text, i)) {
      return;
    }
    int end = i + 1;
    while (end < text.size() && end - i < LatinRuns.MAX_NAME_WORDS && text.spaceBefore(end)) {
      end++;
    }
    String close = end < text.size() ? text.gapBefore(end) : "";
    if (close.length() != 2 || "\"”'’".indexOf(close.charAt(0)) < 0 || close.charAt(1) != ' ') {
      return;
    }
    int head = end;
    Cue cue = headAt(text, head);
    if (cue == null && head + 1 < text.size() && LatinRuns.isLowerLatinRun(text, head, 1)) {
      cue = headAt(text, ++head);
    }
    if (cue == null || head > end && !text.spaceBefore(head)) {
      return;
    }
    int after = head + cue.words().split(" ").length;
    boolean compound =
        after < text.size()
            && text.spaceBefore(after)
            && lexicon.isCueWord(text.word(after).lower());
    boolean looseNetwork =
        cue.words().equals("network")
            && (after >= text.size()
                || !text.spaceBefore(after)
                || text.word(after).isCapitalised()
                || text.word(after).lower().equals("of"));
    String first = text.word(i).lower();
    if (!compound
        && !looseNetwork
        && !lexicon.isNotName("en", first)
        && !lexicon.isStopword("en", first)) {
      found.add(Candidate.of(text.word(i).start(), text.word(end - 1).end(), cue));
    }
  }

  /** The head of two words or of one at word k, in lower case, not a possessive ("group's"). */
  private static Cue headAt(TokenizedText text, int k) {
    if (k + 1 < text.size() && text.spaceBefore(k + 1) && LatinRuns.isLowerLatinRun(text, k, 2)) {
      Cue two = HEADS.get(LatinRuns.phrase(text, k, 2));
      if (two != null) {
        return two;
      }
    }
    return LatinRuns.isLowerLatinRun(text, k, 1) ? HEADS.get(text.word(k).text()) : null;
  }

  private boolean fits(TokenizedText text, int start, int end, Cue cue) {
    if (cue.type() != EntityType.PLATFORM && end - start < MIN_GROUP_WORDS) {
      return false;
    }
    for (int k = start; k < end; k++) {
      String lower = text.word(k).lower();
      if (LatinRuns.isPossessive(text.word(k))
          || lexicon.isNotName("en", lower) && !lexicon.isStopword("en", lower)) {
        return false;
      }
    }
    return !lexicon.isStopword("en", text.word(start).lower())
        && !RecurringSurnames.PLACE_OPENERS.contains(text.word(start).text());
  }
}
