package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;

/**
 * One entity for a described actor and the name the story gives it (issue 11, session 17): "a
 * coordinated network ... that bears the name «X»" leaves a discovered actor whose names hold X,
 * while the quoted X alone may already have been discovered as a name of another type (a platform,
 * for "the network «X»" of a headline). Both are the same thing under two ids, so the ban of the
 * network's accounts read X as the banning platform and the network as the banned actor. The other
 * entity's mentions become the actor's, and the other entity is dropped.
 */
public final class NamedDescriptions {
  private NamedDescriptions() {}

  /**
   * {@code discovered} with every non-actor whose name is a name of a discovered actor folded into
   * that actor; the list unchanged when there is none.
   */
  public static List<DiscoveredName> merged(List<DiscoveredName> discovered) {
    Map<String, DiscoveredName> actorByName = new LinkedHashMap<>();
    for (DiscoveredName name : discovered) {
      Entity entity = name.entity();
      if (entity.type() != EntityType.ACTOR || "person".equals(entity.kind())) {
        continue;
      }
      for (String form : entity.names()) {
        if (!form.equals(entity.name())) {
          actorByName.putIfAbsent(key(form), name);
        }
      }
    }
    if (actorByName.isEmpty()) {
      return discovered;
    }
    Map<String, List<Mention>> gained = new LinkedHashMap<>();
    Set<String> dropped = new HashSet<>();
    for (DiscoveredName name : discovered) {
      if (name.entity().type() == EntityType.ACTOR || name.source()) {
        continue;
      }
      DiscoveredName actor = actorByName.get(key(name.entity().name()));
      if (actor != null) {
        String id = actor.entity().id();
        name.mentions()
            .forEach(
                m ->
                    gained
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Mention(id, m.start(), m.end(), m.surface())));
        dropped.add(name.entity().id());
      }
    }
    if (dropped.isEmpty()) {
      return discovered;
    }
    List<DiscoveredName> out = new ArrayList<>(discovered.size());
    for (DiscoveredName name : discovered) {
      if (dropped.contains(name.entity().id())) {
        continue;
      }
      List<Mention> more = gained.get(name.entity().id());
      if (more == null) {
        out.add(name);
        continue;
      }
      List<Mention> mentions = new ArrayList<>(name.mentions());
      for (Mention m : more) {
        if (mentions.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())) {
          mentions.add(m);
        }
      }
      mentions.sort(Comparator.comparingInt(Mention::start));
      out.add(new DiscoveredName(name.entity(), mentions, name.source()));
    }
    return out;
  }

  private static String key(String form) {
    return ArabicNormalization.normalize(form).normalized().strip();
  }
}
