package org.driftgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.driftgraph.extract.rules.Anaphor;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.NormalizedText;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;

/**
 * One article prepared for the relation rules: its normalized text, its sentences and paragraphs,
 * and every reference to an entity (names and resolved anaphora) in normalized offsets.
 */
final class ArticleText {
  /** A sentence with its place in both texts and the paragraph (line) it belongs to. */
  record Span(int index, Sentence sentence, int start, int end, int paragraph) {}

  /** An anaphor is a description, not a reference, when a name follows it this closely (التطبيق الشهير «تليجرام»). */
  private static final int DESCRIPTOR_REACH = 2;

  final Article article;
  final NormalizedText folded;
  final String text;
  final List<Span> sentences = new ArrayList<>();
  final List<Ref> refs = new ArrayList<>();
  final Entity dominantGroup;

  ArticleText(Article article, List<Mention> mentions, Map<String, Entity> entities, Cues cues, SentenceSplitter splitter) {
    this.article = article;
    this.folded = ArabicNormalization.normalize(article.text());
    this.text = folded.normalized();
    int paragraph = 0;
    int lastEnd = 0;
    for (Sentence sentence : splitter.split(article.text(), article.language())) {
      if (article.text().substring(lastEnd, sentence.start()).indexOf('\n') >= 0) {
        paragraph++;
      }
      lastEnd = sentence.end();
      int start = toNormalized(sentence.start());
      int end = toNormalized(sentence.end());
      if (start < end) {
        sentences.add(new Span(sentences.size(), sentence, start, end, paragraph));
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Mention mention : mentions) {
      Entity entity = entities.get(mention.entityId());
      if (entity != null) {
        refs.add(new Ref(entity, toNormalized(mention.start()), toNormalized(mention.end()), false));
        counts.merge(entity.id(), 1, Integer::sum);
      }
    }
    refs.sort(Comparator.comparingInt(Ref::start));
    this.dominantGroup = refs.stream()
        .map(Ref::entity)
        .filter(e -> e.type() == EntityType.ACTOR && "group".equals(e.kind()))
        .distinct()
        .max(Comparator.comparingInt((Entity e) -> counts.get(e.id())))
        .orElse(null);
    addAnaphora(cues);
  }

  /** The first normalized index at or after the original offset. */
  int toNormalized(int originalOffset) {
    int[] map = folded.toOriginal();
    int i = Arrays.binarySearch(map, originalOffset);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && map[i - 1] == originalOffset) {
      i--;
    }
    return i;
  }

  int originalStart(int normalized) {
    return normalized >= text.length() ? article.text().length() : folded.originalStart(normalized);
  }

  int originalEnd(int normalizedEnd) {
    return normalizedEnd <= 0 ? 0 : folded.originalEnd(normalizedEnd);
  }

  List<Ref> refsIn(Span span) {
    return refs.stream().filter(r -> r.start() >= span.start() && r.end() <= span.end()).toList();
  }

  Span sentenceAt(int normalizedOffset) {
    for (Span span : sentences) {
      if (normalizedOffset < span.end()) {
        return span;
      }
    }
    return sentences.get(sentences.size() - 1);
  }

  /**
   * The nearest named entity before {@code offset} that {@code accepts}: first in the same
   * paragraph, then up to {@code sentencesBack} sentences further back.
   */
  Optional<Ref> antecedent(int offset, java.util.function.Predicate<Entity> accepts, int sentencesBack) {
    Span here = sentenceAt(offset);
    int earliest = Math.max(0, here.index() - sentencesBack);
    Ref best = null;
    for (Ref ref : refs) {
      if (ref.anaphor() || ref.end() > offset || !accepts.test(ref.entity())) {
        continue;
      }
      Span there = sentenceAt(ref.start());
      if (there.paragraph() == here.paragraph() || there.index() >= earliest) {
        best = ref;
      }
    }
    return Optional.ofNullable(best);
  }

  private void addAnaphora(Cues cues) {
    List<Ref> resolved = new ArrayList<>();
    for (Anaphor anaphor : cues.anaphora()) {
      Matcher m = anaphor.pattern().matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (overlapsName(start, end) || nameFollows(end)) {
          continue;
        }
        java.util.function.Predicate<Entity> fits = e -> anaphor.types().contains(e.type())
            && (anaphor.kinds().isEmpty() || anaphor.kinds().contains(e.kind()));
        Optional<Ref> antecedent = antecedent(start, fits, cues.anaphoraSentences());
        if (antecedent.isEmpty() && dominantGroup != null && fits.test(dominantGroup)) {
          antecedent = Optional.of(new Ref(dominantGroup, start, end, true));
        }
        antecedent.ifPresent(a -> resolved.add(new Ref(a.entity(), start, end, true)));
      }
    }
    refs.addAll(resolved);
    refs.sort(Comparator.comparingInt(Ref::start));
  }

  private boolean overlapsName(int start, int end) {
    return refs.stream().anyMatch(r -> !r.anaphor() && r.start() < end && start < r.end());
  }

  private boolean nameFollows(int end) {
    for (Ref ref : refs) {
      if (!ref.anaphor() && ref.start() >= end) {
        return wordsBetween(end, ref.start()) < DESCRIPTOR_REACH && text.substring(end, ref.start()).indexOf('\n') < 0;
      }
    }
    return false;
  }

  /** Number of words in the normalized text between two offsets. */
  int wordsBetween(int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
