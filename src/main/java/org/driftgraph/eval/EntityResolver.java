package org.driftgraph.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;

/**
 * Maps the extractor's entity ids in one document to the gold's.
 *
 * <p>An id the gold has is itself. Another id is the gold entity one of whose aliases equals, once
 * both are folded by {@link ArabicNormalization}, one of the extractor's surface forms for it: the
 * text of its mentions in the article, the names of the entity when the article discovered it, and
 * its names in the extractor's directory (the gazetteer). When several gold entities qualify, one
 * the document lists (mentions, then optional mentions) wins, then the first in the gold file. An
 * id that matches nothing stays as it is, and so counts as a prediction the gold lacks.
 */
public final class EntityResolver {

  /** The extractor's entities by id, e.g. {@code gazetteer::find}. */
  @FunctionalInterface
  public interface Directory {
    Optional<Entity> find(String id);
  }

  private final GoldFile gold;
  private final Map<String, Set<String>> goldIdsByAlias = new HashMap<>();
  private final Map<String, Integer> preference = new HashMap<>();
  private final Map<String, Set<String>> formsById = new HashMap<>();
  private final Map<String, Entity> discovered = new LinkedHashMap<>();
  private final Directory directory;
  private final Map<String, String> resolved = new HashMap<>();

  EntityResolver(
      GoldFile gold,
      GoldDocument document,
      Optional<ExtractedArticle> article,
      Directory directory) {
    this.gold = gold;
    this.directory = directory;
    Stream.of(
            document.mentions().stream(),
            document.optionalMentions().stream(),
            gold.entities().keySet().stream())
        .flatMap(ids -> ids)
        .forEach(id -> preference.putIfAbsent(id, preference.size()));
    gold.entities()
        .values()
        .forEach(
            entity ->
                entity
                    .aliases()
                    .forEach(
                        alias ->
                            goldIdsByAlias
                                .computeIfAbsent(key(alias), k -> new LinkedHashSet<>())
                                .add(entity.id())));
    article.ifPresent(
        extracted -> {
          for (Mention mention : extracted.mentions()) {
            formsById
                .computeIfAbsent(mention.entityId(), id -> new LinkedHashSet<>())
                .add(mention.surface());
          }
          for (Entity entity : extracted.discovered()) {
            discovered.put(entity.id(), entity);
          }
        });
  }

  /** The gold id the extractor's {@code id} stands for, else {@code id} itself. */
  public String resolve(String id) {
    return resolved.computeIfAbsent(id, this::match);
  }

  /** The type of a resolved id: the gold's, else the discovered entity's, else the directory's. */
  public Optional<EntityType> type(String resolvedId) {
    GoldEntity goldEntity = gold.entities().get(resolvedId);
    if (goldEntity != null) {
      return Optional.of(goldEntity.type());
    }
    return entity(resolvedId).map(Entity::type);
  }

  private String match(String id) {
    if (gold.entities().containsKey(id)) {
      return id;
    }
    Set<String> forms = new LinkedHashSet<>(formsById.getOrDefault(id, Set.of()));
    entity(id)
        .ifPresent(
            entity -> {
              forms.add(entity.name());
              forms.addAll(entity.names());
            });
    return forms.stream()
        .flatMap(form -> goldIdsByAlias.getOrDefault(key(form), Set.of()).stream())
        .min(Comparator.comparing(preference::get))
        .orElse(id);
  }

  private Optional<Entity> entity(String id) {
    Entity found = discovered.get(id);
    return found != null ? Optional.of(found) : directory.find(id);
  }

  private static String key(String form) {
    return ArabicNormalization.normalize(form).normalized().strip();
  }
}
