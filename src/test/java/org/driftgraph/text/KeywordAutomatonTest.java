package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

  /** One occurrence as "start-end:keyword", in the order it was reported. */
  private static List<String> found(List<String> keywords, String text) {
    List<String> out = new ArrayList<>();
    new KeywordAutomaton(keywords)
        .scan(text, (k, start, end) -> out.add(start + "-" + end + ":" + keywords.get(k)));
    return out;
  }

  /** What the org.ahocorasick trie with its default settings reports, in its order. */
  private static List<String> library(List<String> keywords, String text) {
    PayloadTrie.PayloadTrieBuilder<String> builder = PayloadTrie.builder();
    keywords.forEach(k -> builder.addKeyword(k, k));
    List<String> out = new ArrayList<>();
    builder
        .build()
        .parseText(
            text,
            emit -> {
              out.add(emit.getStart() + "-" + (emit.getEnd() + 1) + ":" + emit.getKeyword());
              return true;
            });
    return out;
  }

  @Test
  void reportsOverlappingOccurrencesByEndThenKeyword() {
    List<String> keywords = List.of("she", "he", "hers", "his", "e");

    assertThat(found(keywords, "ushers")).containsExactly("3-4:e", "2-4:he", "1-4:she", "2-6:hers");
  }

  @Test
  void findsArabicKeywordsInsideWordsAndIgnoresEmptyOnes() {
    List<String> keywords = List.of("", "قناه", "ال");

    assertThat(found(keywords, "والقناه")).containsExactly("1-3:ال", "3-7:قناه");
  }

  @Test
  void agreesWithTheLibraryTrieOnRandomKeywordsAndTexts() {
    Random random = new Random(13);
    char[] alphabet = {'a', 'b', 'c', ' ', 'ا', 'ل', 'ه'};
    for (int round = 0; round < 300; round++) {
      TreeSet<String> distinct = new TreeSet<>();
      int count = 1 + random.nextInt(12);
      while (distinct.size() < count) {
        distinct.add(randomText(random, alphabet, 1 + random.nextInt(4)));
      }
      List<String> keywords = new ArrayList<>(distinct);
      Collections.shuffle(keywords, random);
      String text = randomText(random, alphabet, random.nextInt(60));

      assertThat(found(keywords, text)).isEqualTo(library(keywords, text));
    }
  }

  private static String randomText(Random random, char[] alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return text.toString();
  }
}
