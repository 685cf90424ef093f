package org.driftgraph.model;

import java.util.Locale;

/** How a claim is stated. Facts keep the strongest modality of their claims. */
public enum Modality {
  /** Stated as true by the article. */
  ASSERTED,
  /** Attributed to a source ("according to", وفقا ل). */
  REPORTED,
  /** Likely, seeks to, may (من المرجح، يسعى، قد): evidence, never alone an asserted fact. */
  HEDGED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality fromValue(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
