package org.driftgraph.extract.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.driftgraph.extract.rules.Anaphor;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;

/**
 * What an anaphor with an introducer (القناة، المؤسسة، الشبكة، الوكالة) stands for when nothing
 * fits within its reach: the name the story presented with the anaphor's own noun and named most
 * before it, at least {@link ArticleText#DOMINANT_MENTIONS} times. A report on one channel calls it
 * القناة paragraphs after the lead named it (قناة «النور» ... وكانت القناة قد انتقلت), as a report
 * on one group calls it التنظيم; a name presented once, in passing, is no such topic. Companies and
 * platforms (الشركة، المنصة) are not: a story names several, and a later one is often meant.
 */
final class StoryOutlets {
  private StoryOutlets() {}

  /**
   * {@code names}: the article's names (no anaphora) in text order; the topic among those before
   * {@code start} that {@code fits} accepts and the text presents with the anaphor's noun.
   */
  static Optional<Ref> topic(
      Anaphor anaphor, String text, List<Ref> names, int start, int end, Predicate<Entity> fits) {
    Optional<String> noun = SameNoun.of(text.substring(start, end));
    boolean thing =
        anaphor.types().contains(EntityType.PLATFORM)
            || anaphor.types().contains(EntityType.ORGANIZATION);
    if (anaphor.introducer() == null || noun.isEmpty() || thing) {
      return Optional.empty();
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Entity> presented = new HashMap<>();
    for (Ref ref : names) {
      if (ref.anaphor() || ref.end() > start || !fits.test(ref.entity())) {
        continue;
      }
      counts.merge(ref.id(), 1, Integer::sum);
      if (SameNoun.presents(text, ref.start(), ref.end(), noun.get())) {
        presented.putIfAbsent(ref.id(), ref.entity());
      }
    }
    return presented.values().stream()
        .filter(e -> counts.get(e.id()) >= ArticleText.DOMINANT_MENTIONS)
        .max(
            (a, b) ->
                Integer.compare(counts.get(a.id()), counts.get(b.id())) != 0
                    ? Integer.compare(counts.get(a.id()), counts.get(b.id()))
                    : b.id().compareTo(a.id()))
        .map(e -> new Ref(e, start, end, true, false));
  }
}
