package org.driftgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * Fills in the platform a migration left when its sentence does not say it, from the bans the
 * article reports for the same subject; the rule name records how:
 *
 * <ol>
 *   <li>{@code +from-ban-in-sentence}: the sentence also bans the subject from a platform ("after a
 *       crackdown on Telegram, ISIS moved to TamTam");
 *   <li>{@code +from-earlier-ban}: the subject was banned earlier in the article; a banned platform
 *       the migration sentence names is taken, else the one banned most often, the latest on a tie;
 *   <li>{@code +from-article-ban}: the same, over the whole article (a headline comes before the
 *       story that explains it).
 * </ol>
 */
final class MigrationOrigins {
  private MigrationOrigins() {}

  static List<Draft> complete(List<Draft> drafts, ArticleText at) {
    List<Draft> bans = drafts.stream()
        .filter(d -> d.rule().type() == RelationType.BANNED_BY && d.object().type() == EntityType.PLATFORM)
        .toList();
    List<Draft> out = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft.rule().type() != RelationType.MIGRATED_TO || !draft.from().isEmpty()) {
        out.add(draft);
        continue;
      }
      List<Draft> own = bans.stream()
          .filter(b -> b.subject().id().equals(draft.subject().id()) && !b.object().id().equals(draft.object().id()))
          .toList();
      List<Draft> inSentence = own.stream().filter(b -> b.span().index() == draft.span().index()).toList();
      List<Draft> earlier = own.stream().filter(b -> b.triggerStart() < draft.triggerStart()).toList();
      if (!inSentence.isEmpty()) {
        out.add(draft.withFrom(platforms(inSentence), "+from-ban-in-sentence"));
      } else if (!earlier.isEmpty()) {
        out.add(draft.withFrom(List.of(likeliest(earlier, draft, at)), "+from-earlier-ban"));
      } else if (!own.isEmpty()) {
        out.add(draft.withFrom(List.of(likeliest(own, draft, at)), "+from-article-ban"));
      } else {
        out.add(draft);
      }
    }
    return out;
  }

  private static List<String> platforms(List<Draft> bans) {
    return bans.stream().map(b -> b.object().id()).distinct().toList();
  }

  private static String likeliest(List<Draft> bans, Draft migration, ArticleText at) {
    for (Ref ref : at.refsIn(migration.span())) {
      if (bans.stream().anyMatch(b -> b.object().id().equals(ref.id()))) {
        return ref.id();
      }
    }
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Integer> latest = new LinkedHashMap<>();
    for (Draft ban : bans) {
      count.merge(ban.object().id(), 1, Integer::sum);
      latest.merge(ban.object().id(), ban.triggerStart(), Math::max);
    }
    return count.keySet().stream()
        .max((a, b) -> count.get(a).equals(count.get(b))
            ? Integer.compare(latest.get(a), latest.get(b))
            : Integer.compare(count.get(a), count.get(b)))
        .orElseThrow();
  }
}
