package org.driftgraph.extract.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.driftgraph.datafile.JsonDataFile;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Ids;
import org.driftgraph.text.Gazetteer;

/**
 * The merges an analyst made of discovered entities, kept in an editable file (default {@code
 * import/gazetteer-merges.json}) so that the next import recognises the merged names instead of
 * discovering them again:
 *
 * <pre>{@code
 * {"format": "driftgraph-merges/1",
 *  "merges": [
 *    {"into": "tamtam", "type": "Platform", "names": ["Tam-Tam app", "تام تام الروسي"]},
 *    {"into": "hoop", "type": "Platform", "name": "Hoop", "names": ["Hoop", "هوب"]}]}
 * }</pre>
 *
 * <p>Applied to a gazetteer, each merge adds its names to the entity {@code into}; when the
 * gazetteer has no such entity (a discovered entity was merged into another discovered one), the
 * merge adds it, with {@code name} (default: the first name), {@code type} and optional {@code
 * kind}. Errors name the file and the merge.
 */
public final class GazetteerMerges {
  /** The merges file's name; it lives beside the gazetteer it amends. */
  public static final String FILE_NAME = "gazetteer-merges.json";

  public static final String FORMAT = "driftgraph-merges/1";
  private static final Set<String> FIELDS = Set.of("into", "type", "kind", "name", "names");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One recorded merge.
   *
   * @param name for an entity the gazetteer lacks: its canonical name, or null for the first name
   * @param kind for an entity the gazetteer lacks: its kind, or null
   */
  public record Merge(String into, EntityType type, String kind, String name, List<String> names) {
    public Merge {
      if (!Ids.isSlug(into)) {
        throw new IllegalArgumentException("\"into\" '" + into + "' is not an entity id");
      }
      Objects.requireNonNull(type, "\"type\" is required");
      if (kind != null && !type.kinds().contains(kind)) {
        throw new IllegalArgumentException(
            "kind '" + kind + "' is not one of " + type.kinds() + " for " + type.label());
      }
      names = List.copyOf(new LinkedHashSet<>(names));
      if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
        throw new IllegalArgumentException("\"names\" must list at least one non-blank name");
      }
    }

    /** This merge and {@code other} (into the same entity) as one, names in first-seen order. */
    Merge plus(Merge other) {
      List<String> all = new ArrayList<>(names);
      all.addAll(other.names);
      return new Merge(
          into, type, kind != null ? kind : other.kind, name != null ? name : other.name, all);
    }
  }

  private final String source;
  private final List<Merge> merges;

  private GazetteerMerges(String source, List<Merge> merges) {
    this.source = source;
    this.merges = List.copyOf(merges);
  }

  public List<Merge> merges() {
    return merges;
  }

  /** Reads a merges file; a file that does not exist holds no merges. */
  public static GazetteerMerges load(Path file) {
    if (!Files.exists(file)) {
      return new GazetteerMerges(file.toString(), List.of());
    }
    JsonNode root = JsonDataFile.read(file, FORMAT, "merges file");
    JsonNode list = root.path("merges");
    if (!list.isArray()) {
      throw new IllegalArgumentException(file + ": \"merges\" must be an array");
    }
    List<Merge> merges = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      try {
        merges.add(parse(list.get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(file + ": merge #" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new GazetteerMerges(file.toString(), merges);
  }

  /** Loads the gazetteer and applies the merges file next to it, if there is one. */
  public static Gazetteer loadGazetteer(Path gazetteerFile, Path mergesFile) {
    return load(mergesFile).applyTo(Gazetteer.load(gazetteerFile));
  }

  /** Loads the gazetteer and the merges recorded beside it ({@value #FILE_NAME} in its folder). */
  public static Gazetteer loadGazetteer(Path gazetteerFile) {
    return loadGazetteer(gazetteerFile, gazetteerFile.resolveSibling(FILE_NAME));
  }

  /** These merges plus {@code merge}; a merge into the same entity gains its names. */
  public GazetteerMerges with(Merge merge) {
    List<Merge> all = new ArrayList<>();
    boolean joined = false;
    for (Merge existing : merges) {
      if (existing.into().equals(merge.into())) {
        all.add(existing.plus(merge));
        joined = true;
      } else {
        all.add(existing);
      }
    }
    if (!joined) {
      all.add(merge);
    }
    return new GazetteerMerges(source, all);
  }

  /** Writes the merges (to a temporary file first, so a failure leaves the old file whole). */
  public void save(Path file) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("merges");
    for (Merge merge : merges) {
      ObjectNode node = list.addObject();
      node.put("into", merge.into());
      node.put("type", merge.type().label());
      if (merge.kind() != null) {
        node.put("kind", merge.kind());
      }
      if (merge.name() != null) {
        node.put("name", merge.name());
      }
      merge.names().forEach(node.putArray("names")::add);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".merges", ".json");
      Files.writeString(temporary, JSON.writeValueAsString(root) + "\n");
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write merges: " + e.getMessage(), e);
    }
  }

  /** The gazetteer with the merged names added (and the entities it lacked). */
  public Gazetteer applyTo(Gazetteer gazetteer) {
    if (merges.isEmpty()) {
      return gazetteer;
    }
    Map<String, Merge> byTarget = new LinkedHashMap<>();
    merges.forEach(m -> byTarget.merge(m.into(), m, Merge::plus));
    List<Entity> entities = new ArrayList<>();
    Set<String> matchCase = new LinkedHashSet<>();
    Set<String> matchSpacing = new LinkedHashSet<>();
    for (Entity entity : gazetteer.entities()) {
      Gazetteer.surfaceForms(entity).stream()
          .filter(gazetteer::matchesCase)
          .forEach(matchCase::add);
      Gazetteer.surfaceForms(entity).stream()
          .filter(gazetteer::matchesSpacing)
          .forEach(matchSpacing::add);
      Merge merge = byTarget.remove(entity.id());
      if (merge == null) {
        entities.add(entity);
      } else if (merge.type() != entity.type()) {
        throw new IllegalArgumentException(
            source
                + ": merge into '"
                + entity.id()
                + "' says type "
                + merge.type().label()
                + " but the gazetteer has "
                + entity.type().label());
      } else {
        Set<String> names = new LinkedHashSet<>(entity.names());
        names.addAll(merge.names());
        entities.add(
            new Entity(
                entity.id(),
                entity.type(),
                entity.kind(),
                entity.name(),
                List.copyOf(names),
                entity.date(),
                false));
      }
    }
    for (Merge merge : byTarget.values()) {
      String name = merge.name() != null ? merge.name() : merge.names().get(0);
      entities.add(
          new Entity(merge.into(), merge.type(), merge.kind(), name, merge.names(), null, false));
    }
    try {
      return Gazetteer.of(entities, matchCase, matchSpacing);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          source + ": the merges conflict with the gazetteer: " + e.getMessage(), e);
    }
  }

  private static Merge parse(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("a merge must be a JSON object");
    }
    for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown field '" + field + "' (expected " + FIELDS + ")");
      }
    }
    List<String> names = new ArrayList<>();
    JsonNode list = node.path("names");
    if (!list.isArray()) {
      throw new IllegalArgumentException("\"names\" must be an array of strings");
    }
    for (JsonNode name : list) {
      if (!name.isTextual()) {
        throw new IllegalArgumentException("\"names\" must be an array of strings");
      }
      names.add(name.asText());
    }
    String type = JsonDataFile.optionalText(node, "type");
    return new Merge(
        JsonDataFile.optionalText(node, "into"),
        type == null ? null : EntityType.fromLabel(type),
        JsonDataFile.optionalText(node, "kind"),
        JsonDataFile.optionalText(node, "name"),
        names);
  }
}
