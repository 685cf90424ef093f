package org.driftgraph.extract;

import java.nio.file.Path;
import java.util.Objects;
import org.driftgraph.extract.discover.GazetteerMerges;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.text.Gazetteer;

/**
 * The project's extraction set-up, loaded from its data files: the gazetteer with the merges
 * recorded beside it, and the rule files. One place, so that import and evaluate read the same.
 *
 * @param gazetteer the reference entities, which the store also receives
 * @param extractor mentions, discovered names and claims for one article at a time
 */
public record Extraction(Gazetteer gazetteer, Extractor extractor) {
  public static final String GAZETTEER = "gazetteer.json";
  public static final String RULES = "rules";

  public Extraction {
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(extractor, "extractor");
  }

  /** Loads {@code gazetteer.json} (plus merges) and {@code rules/} from an import folder. */
  public static Extraction load(Path importDir) {
    return load(importDir.resolve(GAZETTEER), importDir.resolve(RULES));
  }

  /** Loads a given gazetteer file (plus the merges beside it) and rules folder. */
  public static Extraction load(Path gazetteerFile, Path rulesDir) {
    Gazetteer gazetteer = gazetteer(gazetteerFile);
    return new Extraction(gazetteer, extractor(gazetteer, rulesDir));
  }

  /** The gazetteer alone, plus the merges beside it: what {@link #load} gives as its gazetteer. */
  public static Gazetteer gazetteer(Path gazetteerFile) {
    return GazetteerMerges.loadGazetteer(gazetteerFile);
  }

  /** The extractor {@link #load} gives, for a gazetteer loaded already. */
  public static Extractor extractor(Gazetteer gazetteer, Path rulesDir) {
    return new RelationExtractor(gazetteer, RuleSet.load(rulesDir));
  }
}
