package org.driftgraph.extract.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;

/**
 * The media units of a group named by their unit noun ("Hezbollah's military media unit", "the
 * group's War Media unit", الإعلام الحربي): which outlet such a phrase is depends on whose unit it
 * is, so {@code extract/discover/units.txt} lists each form with the parent group and the outlet it
 * is for that group, and a form is read as the outlet of the listed parent the article mentions
 * nearest to it. A form whose parents the article never names is no mention. Issue 11: a
 * unit-of-parent phrase gives the acting unit, not its parent.
 */
public final class UnitsOfParents {
  private static final String RESOURCE = "/extract/discover/units.txt";

  private record Unit(String parent, String outlet) {}

  private final Map<String, List<Unit>> unitsByForm = new LinkedHashMap<>();
  private final EntityMatcher matcher;

  /** The units of units.txt, checked against {@code gazetteer}'s ids. */
  public UnitsOfParents(Gazetteer gazetteer, ArabicAffixes affixes) {
    Map<String, String> formIds = new LinkedHashMap<>();
    read(
        (number, fields) -> {
          for (String id : List.of(fields.get(0), fields.get(2))) {
            if (gazetteer.find(id).isEmpty()) {
              throw new IllegalStateException(
                  RESOURCE + ":" + number + ": '" + id + "' is no gazetteer id");
            }
          }
          String id = formIds.computeIfAbsent(fields.get(1), f -> "unit-" + formIds.size());
          unitsByForm
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(new Unit(fields.get(0), fields.get(2)));
        });
    List<Entity> forms = new ArrayList<>();
    formIds.forEach(
        (form, id) ->
            forms.add(
                new Entity(id, EntityType.OUTLET, "propaganda", form, List.of(form), null, true)));
    this.matcher = new EntityMatcher(Gazetteer.of(forms), affixes);
  }

  /**
   * {@code known} (sorted by offset) with the unit forms of {@code text} that no known mention
   * covers, each as the outlet of the parent mentioned nearest to it.
   */
  public List<Mention> withUnits(String text, List<Mention> known) {
    List<Mention> all = new ArrayList<>(known);
    for (Mention hit : matcher.find(text)) {
      if (known.stream().anyMatch(m -> m.start() < hit.end() && hit.start() < m.end())) {
        continue;
      }
      Unit nearest = null;
      int distance = Integer.MAX_VALUE;
      for (Unit unit : unitsByForm.get(hit.entityId())) {
        for (Mention parent : known) {
          int d = Math.abs(parent.start() - hit.start());
          if (parent.entityId().equals(unit.parent()) && d < distance) {
            nearest = unit;
            distance = d;
          }
        }
      }
      if (nearest != null) {
        all.add(new Mention(nearest.outlet(), hit.start(), hit.end(), hit.surface()));
      }
    }
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  private interface Line {
    void accept(int number, List<String> fields);
  }

  private static void read(Line line) {
    try (InputStream in = UnitsOfParents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no word list " + RESOURCE + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (text.isBlank() || text.strip().startsWith("#")) {
          continue;
        }
        List<String> fields = List.of(text.split("\\|", -1)).stream().map(String::strip).toList();
        if (fields.size() != 3 || fields.stream().anyMatch(String::isEmpty)) {
          throw new IllegalStateException(
              RESOURCE + ":" + number + ": expected parent | form | outlet");
        }
        line.accept(number, fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
