package org.driftgraph.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.driftgraph.model.Article;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.NormalizedText;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;

/**
 * Finds the sentence of an article that a gold evidence quote comes from, so that a missed relation
 * is shown with its whole sentence. Annotators quote part of a sentence, with their own quotation
 * marks, punctuation and spellings of hamza, so quote and text are compared on their normalized
 * letters and digits only.
 */
final class EvidenceSentences {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The sentence(s) the evidence lies in, else empty when the article does not contain it. */
  Optional<String> sentenceOf(Article article, String evidence) {
    if (evidence == null) {
      return Optional.empty();
    }
    Words quote = Words.of(evidence);
    Words text = Words.of(article.text());
    int at = quote.letters.isBlank() ? -1 : text.letters.indexOf(quote.letters.strip());
    if (at < 0) {
      return Optional.empty();
    }
    int start = text.original(at);
    int end = text.original(at + quote.letters.strip().length() - 1) + 1;
    List<Sentence> sentences =
        splitter.split(article.text(), article.language()).stream()
            .filter(sentence -> sentence.end() > start && sentence.start() < end)
            .toList();
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        article
            .text()
            .substring(sentences.get(0).start(), sentences.get(sentences.size() - 1).end()));
  }

  /**
   * A text's normalized letters and digits, every other run of characters one space, with original
   * offsets.
   */
  private record Words(String letters, int[] toOriginal) {
    static Words of(String text) {
      NormalizedText normalized = ArabicNormalization.normalize(text);
      String folded = normalized.normalized();
      StringBuilder letters = new StringBuilder(folded.length());
      int[] map = new int[folded.length()];
      for (int i = 0; i < folded.length(); i++) {
        boolean word = Character.isLetterOrDigit(folded.charAt(i));
        if (word || (letters.length() > 0 && letters.charAt(letters.length() - 1) != ' ')) {
          map[letters.length()] = normalized.originalStart(i);
          letters.append(word ? folded.charAt(i) : ' ');
        }
      }
      return new Words(letters.toString(), Arrays.copyOf(map, letters.length()));
    }

    int original(int index) {
      return toOriginal[index];
    }
  }
}
