package org.driftgraph.extract.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.driftgraph.text.Sentence;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a sentence as the classifier sees them: Arabic folded by Lucene's normalizer and
 * light stemmer (so وأعلنت and أعلن share most of a stem once their clitics go), English
 * lower-cased and Snowball-stemmed, so that a feature learnt from one inflection fires on another.
 */
public final class SentenceWords {
  /** One word: its stem and where it stands in the article text. */
  public record Word(String stem, int start, int end) {}

  private final ArabicNormalizer arabicNormalizer = new ArabicNormalizer();
  private final ArabicStemmer arabicStemmer = new ArabicStemmer();
  private final EnglishStemmer englishStemmer = new EnglishStemmer();

  /** The words of {@code sentence}, in order, with offsets into the article text. */
  public List<Word> of(Sentence sentence, String language) {
    List<Word> words = new ArrayList<>();
    String text = sentence.text();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String stem = stem(text.substring(start, i), language);
        if (!stem.isEmpty()) {
          words.add(new Word(stem, sentence.start() + start, sentence.start() + i));
        }
      } else {
        i++;
      }
    }
    return words;
  }

  private String stem(String word, String language) {
    if (isArabic(word)) {
      char[] chars = word.toCharArray();
      int length = arabicNormalizer.normalize(chars, chars.length);
      length = arabicStemmer.stem(chars, length);
      return new String(chars, 0, length);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (Character.isDigit(lower.charAt(0))) {
      return "#";
    }
    englishStemmer.setCurrent(lower);
    englishStemmer.stem();
    return englishStemmer.getCurrent();
  }

  private static boolean isArabic(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u0640';
  }
}
