package org.driftgraph.extract.discover;

import java.util.List;
import java.util.Objects;
import org.driftgraph.model.Entity;
import org.driftgraph.model.Mention;

/**
 * An entity found from a textual cue rather than taken from the gazetteer, with its mentions in the
 * article it was found in.
 *
 * @param entity marked {@code discovered}; its names are the surface forms seen in the article
 * @param mentions every occurrence of those forms in the article, ordered by offset
 * @param source a person found only as someone who comments (the analyst X, الباحث X): a mention,
 *     never a claim's argument because of that comment
 */
public record DiscoveredName(Entity entity, List<Mention> mentions, boolean source) {
  /** A name that may be a claim's argument. */
  public DiscoveredName(Entity entity, List<Mention> mentions) {
    this(entity, mentions, false);
  }

  public DiscoveredName {
    Objects.requireNonNull(entity, "entity");
    if (!entity.discovered()) {
      throw new IllegalArgumentException("entity " + entity.id() + " is not marked discovered");
    }
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("discovered entity " + entity.id() + " has no mention");
    }
    for (Mention mention : mentions) {
      if (!mention.entityId().equals(entity.id())) {
        throw new IllegalArgumentException(
            "mention of " + mention.entityId() + " is not a mention of " + entity.id());
      }
    }
  }
}
