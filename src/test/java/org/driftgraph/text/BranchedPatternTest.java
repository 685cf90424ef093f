package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BranchedPatternTest {
  private static final String PREFIX = "(?<!\\p{L})(?:";
  private static final String SUFFIX = ")(?!\\p{L})";

  private static BranchedPattern of(String... branches) {
    String joined = PREFIX + String.join("|", branches) + SUFFIX;
    return new BranchedPattern(Pattern.compile(joined), PREFIX, List.of(branches), SUFFIX);
  }

  @Test
  void aSubsetKeepsTheBranchesInTheirOrder() {
    BranchedPattern pattern = of("(?:ban)", "(?:banned)", "(?:block)");
    BitSet kept = new BitSet();
    kept.set(2);
    kept.set(0);
    assertThat(pattern.subset(kept).pattern()).isEqualTo(PREFIX + "(?:ban)|(?:block)" + SUFFIX);
    assertThat(pattern.branch(1).pattern()).isEqualTo(PREFIX + "(?:banned)" + SUFFIX);
    kept.set(1);
    assertThat(pattern.subset(kept)).isSameAs(pattern.whole());
  }

  @Test
  void aBackReferenceKeepsTheWholePattern() {
    BranchedPattern pattern = of("(a)x", "(b)\\1");
    BitSet kept = new BitSet();
    kept.set(1);
    assertThat(pattern.subset(kept)).isSameAs(pattern.whole());
  }

  @Test
  void branchesThatDoNotMakeUpThePatternAreRejected() {
    assertThatThrownBy(() -> new BranchedPattern(Pattern.compile("a|b"), "", List.of("a", "c"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a|c");
  }
}
