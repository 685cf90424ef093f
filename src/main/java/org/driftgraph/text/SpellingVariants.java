package org.driftgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.driftgraph.model.EntityType;

/**
 * The other ways the press writes a foreign name in Arabic letters, from the {@code
 * transliteration} section of {@code import/rules/morphology.json}. Arabic has no fixed spelling
 * for a foreign name: a long vowel inside a word may be written or left out (سوشيال and سوشال,
 * ترامب and ترمب, روكيت and روكت, بلوسكاي and بلوسكي), and one foreign sound has several letters
 * (تش and ش for "ch", غ ج ق for "g": غوغل، جوجل). The gazetteer lists one or two spellings; name
 * matching ({@link EntityMatcher}) also reads the variants made here from each of them, so that a
 * company or platform is found however the article spells it.
 *
 * <p>Only the names of the listed entity types get variants (platforms and organizations, whose
 * names are mostly foreign), and only their words without the article (a definite word is Arabic,
 * not a transliteration: الداخلية stays as written). A word changes only when it has at least
 * {@code minLetters} letters, and so must the word it becomes, so that short ordinary words are
 * never made; a name of one word has no other word to anchor it and needs {@code minLettersAlone}
 * (تويتر would otherwise be read in توتر "tension", جيميل in جميل "beautiful"). A variant that is a
 * form of another entity, or a variant of two entities, is read as neither (checked by the
 * matcher).
 *
 * @param optionalLetters long vowels that may be left out inside a word, one at a time or all
 * @param alternatives pairs of letter sequences written for the same sound; each may stand for the
 *     other, everywhere in a word at once (غوغل → جوجل)
 * @param minLetters the shortest word that gets variants and the shortest variant word, in a name
 *     of several words
 * @param minLettersAlone the same for a name of one word
 * @param types the entity types whose Arabic names get variants
 */
public record SpellingVariants(
    List<String> optionalLetters,
    List<List<String>> alternatives,
    int minLetters,
    int minLettersAlone,
    Set<EntityType> types) {

  /** No variants: every name is read only as the gazetteer writes it. */
  public static final SpellingVariants NONE =
      new SpellingVariants(List.of(), List.of(), 1, 1, Set.of());

  /** Above this many, a name's variants are its one-word changes only (a long name's product). */
  private static final int MAX_COMBINED = 64;

  public SpellingVariants {
    optionalLetters = List.copyOf(Objects.requireNonNull(optionalLetters, "optionalLetters"));
    alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives"));
    types = Set.copyOf(Objects.requireNonNull(types, "types"));
    for (String letter : optionalLetters) {
      if (letter.length() != 1) {
        throw new IllegalArgumentException("optional letter '" + letter + "' is not one letter");
      }
    }
    for (List<String> pair : alternatives) {
      if (pair.size() != 2 || pair.stream().anyMatch(s -> s == null || s.isEmpty())) {
        throw new IllegalArgumentException("an alternative is a pair of letter sequences: " + pair);
      }
    }
    if (minLetters < 1 || minLettersAlone < minLetters) {
      throw new IllegalArgumentException(
          "minLetters must be at least 1 and minLettersAlone at least minLetters, not "
              + minLetters
              + " and "
              + minLettersAlone);
    }
  }

  /** The names of this type get variants. */
  public boolean appliesTo(EntityType type) {
    return types.contains(type);
  }

  /**
   * The other spellings of a normalized name (as {@link Gazetteer#matchKey} gives it), without the
   * name itself; {@code article} is the definite article, whose words are left as written.
   */
  public Set<String> of(String key, String article) {
    String[] words = key.split(" ");
    int shortest = words.length == 1 ? minLettersAlone : minLetters;
    List<List<String>> choices = new ArrayList<>();
    long combinations = 1;
    for (String word : words) {
      List<String> spellings = new ArrayList<>(wordVariants(word, article, shortest));
      choices.add(spellings);
      combinations *= spellings.size();
    }
    Set<String> out = new LinkedHashSet<>();
    if (combinations <= MAX_COMBINED) {
      combine(choices, 0, new String[words.length], out);
    } else {
      for (int i = 0; i < words.length; i++) {
        for (String spelling : choices.get(i)) {
          String[] changed = words.clone();
          changed[i] = spelling;
          out.add(String.join(" ", changed));
        }
      }
    }
    out.remove(key);
    return out;
  }

  private static void combine(List<List<String>> choices, int at, String[] words, Set<String> out) {
    if (at == words.length) {
      out.add(String.join(" ", words));
      return;
    }
    for (String spelling : choices.get(at)) {
      words[at] = spelling;
      combine(choices, at + 1, words, out);
    }
  }

  /** The word first, then its other spellings. */
  private Set<String> wordVariants(String word, String article, int shortest) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(word);
    if (word.length() < shortest || word.startsWith(article) || !isArabic(word)) {
      return spellings;
    }
    Set<String> sounds = new LinkedHashSet<>();
    sounds.add(word);
    for (List<String> pair : alternatives) {
      for (String spelling : List.copyOf(sounds)) {
        if (spelling.contains(pair.get(0))) {
          sounds.add(spelling.replace(pair.get(0), pair.get(1)));
        }
        if (spelling.contains(pair.get(1)) && !holdsLonger(spelling, pair)) {
          sounds.add(spelling.replace(pair.get(1), pair.get(0)));
        }
      }
    }
    for (String spelling : sounds) {
      if (spelling.length() >= shortest) {
        spellings.add(spelling);
      }
      spellings.addAll(withoutOptionalLetters(spelling, shortest));
    }
    return spellings;
  }

  /**
   * The word already holds the first sequence of a pair whose first holds its second (تش and ش):
   * writing the second as the first there would double it (تشات would become تتشات).
   */
  private static boolean holdsLonger(String word, List<String> pair) {
    return pair.get(0).contains(pair.get(1)) && word.contains(pair.get(0));
  }

  /** The word with one inner long vowel left out, for each, and with all of them left out. */
  private Set<String> withoutOptionalLetters(String word, int shortest) {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder all = new StringBuilder().append(word.charAt(0));
    for (int i = 1; i < word.length() - 1; i++) {
      String letter = String.valueOf(word.charAt(i));
      if (optionalLetters.contains(letter)) {
        String shorter = word.substring(0, i) + word.substring(i + 1);
        if (shorter.length() >= shortest) {
          out.add(shorter);
        }
      } else {
        all.append(letter);
      }
    }
    all.append(word.charAt(word.length() - 1));
    if (all.length() >= shortest) {
      out.add(all.toString());
    }
    return out;
  }

  private static boolean isArabic(String word) {
    return word.codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }
}
