package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;

/**
 * Known names that the gazetteer lists only behind their type noun (تطبيق ماكس، منصة أنغامي: the
 * bare word is an ordinary word or a given name) and that the press writes with a description
 * between the noun and a quoted name (تطبيق المراسلة الروسي «ماكس»، منصة البث الموسيقي «أنغامي»).
 * Name discovery reads such a phrase as its cue and a candidate; when the cue, or another type noun
 * of the same type, followed by the candidate is a gazetteer form, the candidate is that known
 * entity, not a new one. The cue has typed the bare word for the article, so its later bare uses
 * («ماكس» alone) are the entity too.
 */
final class CuedKnownNames {
  /** Gazetteer forms by their folded text. */
  private final Map<String, Entity> byForm = new HashMap<>();

  /** Entities by the folded rest of a form that opens with an Arabic type noun, with its type. */
  private final Map<String, Map<EntityType, Entity>> byRestAfterNoun = new HashMap<>();

  private final ArabicAffixes affixes;

  CuedKnownNames(Gazetteer gazetteer, DiscoveryLexicon lexicon, ArabicAffixes affixes) {
    this.affixes = affixes;
    for (Entity entity : gazetteer.entities()) {
      for (String form : Gazetteer.surfaceForms(entity)) {
        String key = key(form);
        byForm.putIfAbsent(key, entity);
        int space = key.indexOf(' ');
        if (space > 0) {
          Cue noun = lexicon.arabicCue(key.substring(0, space));
          if (noun != null && noun.type() == entity.type()) {
            byRestAfterNoun
                .computeIfAbsent(key.substring(space + 1), k -> new HashMap<>())
                .putIfAbsent(entity.type(), entity);
          }
        }
      }
    }
  }

  /**
   * The known entity a candidate read after {@code cue} stands for: the cue and the name form a
   * gazetteer name, or another type noun of the candidate's type does (خدمة «أنغامي» for منصة
   * أنغامي).
   */
  Optional<Entity> entityFor(String cue, EntityType type, String surface) {
    String name = key(surface);
    Entity withCue = byForm.get(withoutArticle(key(cue)) + " " + name);
    if (withCue != null) {
      return Optional.of(withCue);
    }
    return Optional.ofNullable(byRestAfterNoun.getOrDefault(name, Map.of()).get(type));
  }

  /** The known entity one of whose gazetteer forms {@code form} is. */
  Optional<Entity> entityNamed(String form) {
    return Optional.ofNullable(byForm.get(key(form)));
  }

  /**
   * Every occurrence in {@code text} of the surfaces read for each entity (keyed by id) that no
   * covered offset overlaps, as mentions of the known entity.
   */
  List<Mention> mentions(String text, Map<Entity, Set<String>> surfaces, boolean[] covered) {
    if (surfaces.isEmpty()) {
      return List.of();
    }
    List<Entity> forms = new ArrayList<>();
    surfaces.forEach((entity, names) -> forms.add(entity.withNames(List.copyOf(names))));
    return new EntityMatcher(Gazetteer.of(forms), affixes)
        .find(text).stream()
            .filter(m -> !NameDiscoverer.overlaps(covered, m.start(), m.end()))
            .toList();
  }

  /** Collects, per known entity, the surfaces the article wrote it in after a cue. */
  static final class Reads {
    private final Map<Entity, Set<String>> surfaces = new LinkedHashMap<>();

    void add(Entity entity, String surface) {
      surfaces.computeIfAbsent(entity, e -> new LinkedHashSet<>()).add(surface.strip());
    }

    Map<Entity, Set<String>> surfaces() {
      return surfaces;
    }
  }

  private String withoutArticle(String key) {
    return affixes.hasArticle(key) ? key.substring(affixes.article().length()) : key;
  }

  private static String key(String form) {
    return NameDiscoverer.key(form);
  }
}
