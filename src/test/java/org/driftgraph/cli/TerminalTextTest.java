package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlCharactersAndEscapeSequencesBecomeVisible() {
    String name = "evil\n\u001b[2Kdriftgraph: imported 1000 article(s)\u001b[0m.txt";

    String escaped = TerminalText.escape(name);

    assertThat(escaped)
        .isEqualTo("evil\\n\\u001B[2Kdriftgraph: imported 1000 article(s)\\u001B[0m.txt")
        .doesNotContain("\n", "\u001b");
  }

  @Test
  void bidiOverridesAreShownNotObeyed() {
    assertThat(TerminalText.escape("report\u202Etxt.exe")).isEqualTo("report\\u202Etxt.exe");
  }

  @Test
  void ordinaryArabicAndLatinTextIsUnchanged() {
    String text = "import/articles/01-تيليغرام «داعش».md: line 3: not valid UTF-8";

    assertThat(TerminalText.escape(text)).isSameAs(text);
  }
}
