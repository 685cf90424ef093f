package org.driftgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Arabic affixes that name matching and name discovery take off a word or look for, from the
 * {@code affixes} of {@code import/rules/morphology.json}, normalized as the text is (ة is ه).
 *
 * @param conjunctions proclitic conjunctions (و ف)
 * @param prepositions proclitic prepositions (ب ك ل)
 * @param article the definite article (ال)
 * @param lam the preposition that merges with the article, one of {@code prepositions} (ل)
 * @param lamArticle how {@code lam} and the article are written together (لل)
 * @param possessives possessive suffixes (ها هم): a word carrying one is no proper name
 * @param nisba the masculine nisba ending (ي): an adjective of belonging
 * @param feminineNisba the feminine nisba ending (يه, written ية)
 * @param spellingVariants the other spellings of foreign names that name matching also reads (the
 *     {@code transliteration} section of morphology.json)
 */
public record ArabicAffixes(
    List<String> conjunctions,
    List<String> prepositions,
    String article,
    String lam,
    String lamArticle,
    List<String> possessives,
    String nisba,
    String feminineNisba,
    SpellingVariants spellingVariants) {

  public ArabicAffixes {
    conjunctions = nonBlank(conjunctions, "conjunctions");
    prepositions = nonBlank(prepositions, "prepositions");
    possessives = nonBlank(possessives, "possessives");
    Objects.requireNonNull(spellingVariants, "spellingVariants");
    for (String[] field :
        new String[][] {
          {"article", article},
          {"lam", lam},
          {"lamArticle", lamArticle},
          {"nisba", nisba},
          {"feminineNisba", feminineNisba}
        }) {
      if (field[1] == null || field[1].isBlank()) {
        throw new IllegalArgumentException("\"" + field[0] + "\" is required");
      }
    }
    if (!prepositions.contains(lam)) {
      throw new IllegalArgumentException("\"lam\" '" + lam + "' is not one of the prepositions");
    }
    if (!lamArticle.startsWith(lam)) {
      throw new IllegalArgumentException("\"lamArticle\" must start with \"lam\"");
    }
  }

  private static List<String> nonBlank(List<String> items, String field) {
    Objects.requireNonNull(items, field);
    if (items.isEmpty() || items.stream().anyMatch(s -> s == null || s.isBlank())) {
      throw new IllegalArgumentException(
          "\"" + field + "\" must list at least one affix, none blank");
    }
    return List.copyOf(items);
  }

  /**
   * What may be written in front of a noun: an optional conjunction, an optional preposition and an
   * optional article, {@code lam} with the article written {@code lamArticle}; longest first, the
   * empty one last.
   */
  public List<String> nounProclitics() {
    List<String> prefixes = new ArrayList<>();
    for (String conjunction : withNone(conjunctions)) {
      for (String preposition : withNone(prepositions)) {
        for (String withArticle : List.of(article, "")) {
          String prefix =
              preposition.equals(lam) && !withArticle.isEmpty()
                  ? conjunction + lamArticle
                  : conjunction + preposition + withArticle;
          if (!prefixes.contains(prefix)) {
            prefixes.add(prefix);
          }
        }
      }
    }
    prefixes.sort((a, b) -> b.length() - a.length());
    return prefixes;
  }

  /** The proclitics end with the article (الـ، بالـ، للـ): the noun after them is definite. */
  public boolean endsDefinite(String proclitics) {
    return proclitics.endsWith(article) || proclitics.endsWith(lamArticle);
  }

  /**
   * The word starts with one conjunction or preposition and the article (وال، فال، بال، كال، لل).
   */
  public boolean startsWithCliticAndArticle(String word) {
    for (String clitic : conjunctions) {
      if (word.startsWith(clitic + article)) {
        return true;
      }
    }
    for (String preposition : prepositions) {
      if (word.startsWith(preposition.equals(lam) ? lamArticle : preposition + article)) {
        return true;
      }
    }
    return false;
  }

  /** The word starts with the article and has more than one letter after it. */
  public boolean hasArticle(String word) {
    return word.startsWith(article) && word.length() > article.length() + 1;
  }

  /** The word ends in a possessive suffix. */
  public boolean endsPossessive(String word) {
    return possessives.stream().anyMatch(word::endsWith);
  }

  /** The word ends in a nisba ending, masculine or feminine. */
  public boolean endsNisba(String word) {
    return word.endsWith(nisba) || word.endsWith(feminineNisba);
  }

  /** The list and the empty string, last. */
  static List<String> withNone(List<String> affixes) {
    List<String> out = new ArrayList<>(affixes);
    out.add("");
    return out;
  }
}
