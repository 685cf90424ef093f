package org.driftgraph.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.driftgraph.datafile.JsonDataFile;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;

/**
 * The known entities and every surface form they go by.
 *
 * <p>File format ({@code import/gazetteer.json}):
 *
 * <pre>{@code
 * {"format": "driftgraph-gazetteer/1",
 *  "entities": [
 *    {"id": "telegram", "type": "Platform", "name": "Telegram", "names": ["Telegram", "تيليجرام"]},
 *    {"id": "isis", "type": "Actor", "kind": "group", "name": "Islamic State", "names": ["داعش", "IS"]},
 *    {"id": "signal", "type": "Platform", "name": "Signal", "names": ["Signal"], "matchCase": ["Signal"]},
 *    {"id": "london-bridge-attack-2019", "type": "Event", "name": "London Bridge attack (2019)",
 *     "date": "2019-11-29", "names": ["جسر لندن"]}]}
 * }</pre>
 *
 * <p>The canonical name is always one of the names. Short all-capital forms (at most four letters:
 * IS, OK, BBC, ISIL) match only as written, so that "IS" is not "is"; {@code matchCase} lists
 * further forms that are ordinary words in lower case (Signal, Element, Wired, The Base). {@code
 * matchSpacing} lists forms whose spaces must be spaces in the text, not hyphens: the noun "the far
 * right" is a name, the adjective in "far-right content" is not (case is still free). {@code
 * matchQuoted} lists forms that are names only inside quotes («الميادين», a bare الميادين is "the
 * squares").
 *
 * <p>Checked on load, each error naming the file and the entry: unknown fields, a missing or
 * duplicate id, an id that is not a slug, an unknown type, a kind the type does not allow, a blank
 * name or surface form, a form that has no letters once normalized, a matchCase form that is not a
 * name, and the same (normalized) surface form on two entities.
 */
public final class Gazetteer {
  public static final String FORMAT = "driftgraph-gazetteer/1";
  private static final int MAX_AUTOMATIC_CASE_LETTERS = 4;
  private static final Set<String> ENTITY_FIELDS =
      Set.of(
          "id",
          "type",
          "kind",
          "name",
          "names",
          "date",
          "matchCase",
          "matchSpacing",
          "matchQuoted");

  private final List<Entity> entities;
  private final Map<String, Entity> byId;
  private final Set<String> matchCaseForms;
  private final Set<String> matchSpacingForms;
  private final Set<String> matchQuotedForms;

  private Gazetteer(
      List<Entity> entities,
      Set<String> matchCaseForms,
      Set<String> matchSpacingForms,
      Set<String> matchQuotedForms,
      String source) {
    this.entities = List.copyOf(entities);
    this.matchQuotedForms = Set.copyOf(matchQuotedForms);
    this.matchCaseForms = Set.copyOf(matchCaseForms);
    this.matchSpacingForms = Set.copyOf(matchSpacingForms);
    Map<String, Entity> ids = new LinkedHashMap<>();
    Map<String, String> formOwners = new HashMap<>();
    for (Entity entity : this.entities) {
      if (ids.putIfAbsent(entity.id(), entity) != null) {
        throw new IllegalArgumentException(source + ": duplicate entity id '" + entity.id() + "'");
      }
      for (String form : surfaceForms(entity)) {
        String key = matchKey(form);
        if (key.codePoints().noneMatch(Character::isLetterOrDigit)) {
          throw new IllegalArgumentException(
              source
                  + ": entity '"
                  + entity.id()
                  + "': surface form '"
                  + form
                  + "' has no letters");
        }
        String owner = formOwners.putIfAbsent(key, entity.id());
        if (owner != null && !owner.equals(entity.id())) {
          throw new IllegalArgumentException(
              source
                  + ": entity '"
                  + entity.id()
                  + "': surface form '"
                  + form
                  + "' is already a name of entity '"
                  + owner
                  + "'");
        }
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
  }

  /** A gazetteer of these entities; only the automatic rule makes forms case-sensitive. */
  public static Gazetteer of(List<Entity> entities) {
    return new Gazetteer(entities, Set.of(), Set.of(), Set.of(), "gazetteer");
  }

  /** A gazetteer of these entities where {@code matchCaseForms} also match only as written. */
  public static Gazetteer of(List<Entity> entities, Set<String> matchCaseForms) {
    return new Gazetteer(entities, matchCaseForms, Set.of(), Set.of(), "gazetteer");
  }

  /** As {@link #of(List, Set)}, and {@code matchSpacingForms} need spaces where they have them. */
  public static Gazetteer of(
      List<Entity> entities, Set<String> matchCaseForms, Set<String> matchSpacingForms) {
    return new Gazetteer(entities, matchCaseForms, matchSpacingForms, Set.of(), "gazetteer");
  }

  /** Reads and checks a {@code driftgraph-gazetteer/1} file. */
  public static Gazetteer load(Path jsonFile) {
    JsonNode root = JsonDataFile.read(jsonFile, FORMAT, "gazetteer");
    JsonNode list = root.path("entities");
    if (!list.isArray()) {
      throw new IllegalArgumentException(jsonFile + ": \"entities\" must be an array");
    }
    List<Entity> entities = new ArrayList<>();
    Set<String> matchCase = new LinkedHashSet<>();
    Set<String> matchSpacing = new LinkedHashSet<>();
    Set<String> matchQuoted = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where = jsonFile + ": entity #" + (i + 1) + " ('" + node.path("id").asText("?") + "')";
      try {
        entities.add(parseEntity(node, matchCase, matchSpacing, matchQuoted));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new Gazetteer(entities, matchCase, matchSpacing, matchQuoted, jsonFile.toString());
  }

  private static Entity parseEntity(
      JsonNode node,
      Set<String> matchCaseOut,
      Set<String> matchSpacingOut,
      Set<String> matchQuotedOut) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("an entity must be a JSON object");
    }
    for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!ENTITY_FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown field '" + field + "' (expected " + ENTITY_FIELDS + ")");
      }
    }
    String id = JsonDataFile.optionalText(node, "id");
    String typeLabel = JsonDataFile.optionalText(node, "type");
    if (id == null || typeLabel == null) {
      throw new IllegalArgumentException("\"id\" and \"type\" are required");
    }
    EntityType type = EntityType.fromLabel(typeLabel);
    String name = JsonDataFile.optionalText(node, "name");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("blank name");
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.addAll(JsonDataFile.strings(node, "names"));
    List<String> matchCase = JsonDataFile.strings(node, "matchCase");
    for (String form : matchCase) {
      if (!names.contains(form)) {
        throw new IllegalArgumentException("matchCase form '" + form + "' is not one of its names");
      }
    }
    matchCaseOut.addAll(matchCase);
    List<String> matchSpacing = JsonDataFile.strings(node, "matchSpacing");
    for (String form : matchSpacing) {
      if (!names.contains(form)) {
        throw new IllegalArgumentException(
            "matchSpacing form '" + form + "' is not one of its names");
      }
    }
    matchSpacingOut.addAll(matchSpacing);
    List<String> matchQuoted = JsonDataFile.strings(node, "matchQuoted");
    for (String form : matchQuoted) {
      if (!names.contains(form)) {
        throw new IllegalArgumentException(
            "matchQuoted form '" + form + "' is not one of its names");
      }
    }
    matchQuotedOut.addAll(matchQuoted);
    return new Entity(
        id,
        type,
        JsonDataFile.optionalText(node, "kind"),
        name,
        List.copyOf(names),
        JsonDataFile.optionalText(node, "date"),
        false);
  }

  public List<Entity> entities() {
    return entities;
  }

  /** The entities by id, read-only: what per-article maps and id sets lay their own over. */
  public Map<String, Entity> byId() {
    return byId;
  }

  public Optional<Entity> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The form as the matcher compares it: normalized, without surrounding spaces. */
  static String matchKey(String form) {
    return ArabicNormalization.normalize(form).normalized().strip();
  }

  /** Every form an entity is matched by: its canonical name and its names. */
  public static Set<String> surfaceForms(Entity entity) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(entity.name());
    forms.addAll(entity.names());
    return forms;
  }

  /**
   * The {@code matchQuoted} forms: a short form that is also an ordinary word (الميادين "the
   * squares", المسيرة "the march") is the name only when the text sets it off in quotes
   * («الميادين»).
   */
  public boolean matchesQuoted(String form) {
    return matchQuotedForms.contains(form);
  }

  /** The {@code matchSpacing} forms: a hyphen in the text does not stand for their spaces. */
  public boolean matchesSpacing(String form) {
    return matchSpacingForms.contains(form);
  }

  /**
   * True when {@code form} matches only as written: it is listed in {@code matchCase}, or it is a
   * short all-capital form (no lower-case letter, no uncased letter such as Arabic, at most four
   * letters) such as IS, OK, ОК, BBC, ISIL, which in lower case are ordinary words or parts of
   * them.
   */
  public boolean matchesCase(String form) {
    if (matchCaseForms.contains(form)) {
      return true;
    }
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0 && letters <= MAX_AUTOMATIC_CASE_LETTERS;
  }
}
