package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstLettersTest {
  private static final List<String> WORDS = List.of("Danish", "Dutch", "Polish", "ملك", "الموالون");

  @Test
  void admitsOnlyTheFirstCharactersOfTheWordsAndTheExtraOnes() {
    Pattern lookahead = Pattern.compile(FirstLetters.lookahead(WORDS, "و"));

    assertThat(lookahead.matcher("Dx").lookingAt()).isTrue();
    assertThat(lookahead.matcher("Px").lookingAt()).isTrue();
    assertThat(lookahead.matcher("ملا").lookingAt()).isTrue();
    assertThat(lookahead.matcher("وا").lookingAt()).isTrue();
    assertThat(lookahead.matcher("dx").lookingAt()).isFalse();
    assertThat(lookahead.matcher("x").lookingAt()).isFalse();
    assertThat(lookahead.matcher("").lookingAt()).isFalse();
  }

  @Test
  void quotesCharactersThatMeanSomethingInAClass() {
    Pattern lookahead =
        Pattern.compile(FirstLetters.lookahead(List.of("]x", "^y", "-z", "\\w"), ""));

    assertThat(lookahead.matcher("]").lookingAt()).isTrue();
    assertThat(lookahead.matcher("^").lookingAt()).isTrue();
    assertThat(lookahead.matcher("-").lookingAt()).isTrue();
    assertThat(lookahead.matcher("\\").lookingAt()).isTrue();
    assertThat(lookahead.matcher("a").lookingAt()).isFalse();
  }

  @Test
  void changesNoMatchOfTheWordPatternItGuards() {
    String words = "(?<![\\p{L}-])(?:Danish|Dutch|Polish|ملك|الموالون)(?![\\p{L}])";
    Pattern plain = Pattern.compile(words);
    Pattern guarded = Pattern.compile(FirstLetters.lookahead(WORDS, "") + words);
    Random random = new Random(7);
    int found = 0;
    String[] pieces = {
      "Danish ", "Dutch", " Polish-", "xDanish ", "ملك ", "الموالون،", "d", " ", "-"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(spans(guarded, text)).isEqualTo(spans(plain, text));
      found += spans(plain, text).size();
    }
    assertThat(found).as("the texts hold matches to compare").isGreaterThan(100);
  }

  @Test
  void rejectsAnEmptyWord() {
    assertThatThrownBy(() -> FirstLetters.lookahead(List.of("a", ""), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty word");
  }

  private static List<String> spans(Pattern pattern, CharSequence text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
