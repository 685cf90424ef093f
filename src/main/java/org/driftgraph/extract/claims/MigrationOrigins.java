package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 *       the migration sentence names is taken, else the ones banned most often, all those of the
 *       latest such ban on a tie;
 *   <li>{@code +from-earlier-move}: an earlier migration to the same platform in the article named
 *       its origin (the group left Telegram for TamTam; then its outlet opened a channel on
 *       TamTam);
 *   <li>{@code +from-article-ban}: the same as from-earlier-ban, over the whole article (a headline
 *       comes before the story that explains it).
 * </ol>
 */
final class MigrationOrigins {
  private MigrationOrigins() {}

  static List<Draft> complete(List<Draft> drafts, ArticleText at) {
    // By subject, and moves by destination, so that a move looks only at its own subject's bans:
    // over every draft of the article for each move, a long article was quadratic.
    Map<String, List<Draft>> bansBySubject = new HashMap<>();
    Map<String, List<Draft>> movesByObject = new HashMap<>();
    for (Draft d : drafts) {
      if (d.rule().type() == RelationType.BANNED_BY && d.object().type() == EntityType.PLATFORM) {
        bansBySubject.computeIfAbsent(d.subject().id(), k -> new ArrayList<>()).add(d);
      } else if (d.rule().type() == RelationType.MIGRATED_TO) {
        movesByObject.computeIfAbsent(d.object().id(), k -> new ArrayList<>()).add(d);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft.rule().type() != RelationType.MIGRATED_TO || !draft.from().isEmpty()) {
        out.add(draft);
        continue;
      }
      List<Draft> own =
          bansBySubject.getOrDefault(draft.subject().id(), List.of()).stream()
              .filter(
                  b ->
                      b.subject().id().equals(draft.subject().id())
                          && !b.object().id().equals(draft.object().id()))
              .toList();
      List<Draft> inSentence =
          own.stream().filter(b -> b.span().index() == draft.span().index()).toList();
      List<Draft> earlier =
          own.stream().filter(b -> b.triggerStart() < draft.triggerStart()).toList();
      List<String> earlierMove = earlierMoveOrigins(movesByObject.get(draft.object().id()), draft);
      if (!inSentence.isEmpty()) {
        out.add(draft.withFrom(platforms(inSentence), "+from-ban-in-sentence"));
      } else if (!earlier.isEmpty()) {
        out.add(draft.withFrom(likeliest(earlier, draft, at), "+from-earlier-ban"));
      } else if (!earlierMove.isEmpty()) {
        out.add(draft.withFrom(earlierMove, "+from-earlier-move"));
      } else if (!own.isEmpty()) {
        out.add(draft.withFrom(likeliest(own, draft, at), "+from-article-ban"));
      } else {
        out.add(draft);
      }
    }
    return out;
  }

  private static List<String> platforms(List<Draft> bans) {
    return bans.stream().map(b -> b.object().id()).distinct().toList();
  }

  /**
   * A banned platform the migration sentence names; else the platforms banned most often, and on a
   * tie those of the latest ban among them, all of them when one ban named several ("after Twitter
   * and Facebook suspended them, they moved to Telegram").
   */
  private static List<String> likeliest(List<Draft> bans, Draft migration, ArticleText at) {
    for (Ref ref : at.refsIn(migration.span())) {
      if (bans.stream().anyMatch(b -> b.object().id().equals(ref.id()))) {
        return List.of(ref.id());
      }
    }
    Map<String, Integer> count = new LinkedHashMap<>();
    for (Draft ban : bans) {
      count.merge(ban.object().id(), 1, Integer::sum);
    }
    int most = count.values().stream().max(Integer::compare).orElseThrow();
    Draft latest =
        bans.stream()
            .filter(b -> count.get(b.object().id()) == most)
            .max(Comparator.comparingInt(Draft::triggerStart))
            .orElseThrow();
    return bans.stream()
        .filter(
            b ->
                b.span().index() == latest.span().index()
                    && b.triggerStart() == latest.triggerStart()
                    && count.get(b.object().id()) == most)
        .map(b -> b.object().id())
        .distinct()
        .toList();
  }

  /**
   * The origin of an earlier migration of another subject to the same platform in the article that
   * did name where it left: the same move told for one outlet of the group ("supporters left
   * Telegram for TamTam ... Nashir opened a channel on TamTam").
   */
  private static List<String> earlierMoveOrigins(List<Draft> moves, Draft migration) {
    return moves.stream()
        .filter(
            d ->
                d.triggerStart() < migration.triggerStart()
                    && d.object().id().equals(migration.object().id())
                    && !d.from().isEmpty())
        .reduce((first, second) -> second)
        .map(Draft::from)
        .orElse(List.of());
  }
}
