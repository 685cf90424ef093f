package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;
import org.driftgraph.text.ArabicAffixes;

/**
 * Arabic names that open with their type noun (naming.txt, role {@code prefix} in Arabic): «سرايا
 * أنصار السنة», «بوابة أفريقيا الجديدة», قوات الدعم السريع. Arabic puts the type noun first, so the
 * noun is a word of the name, not a cue before it (as «X» after قناة is).
 *
 * <p>Quoted, the whole quoted phrase of two to five words is the name. Unquoted, only the heads of
 * armed groups (role {@code prefix-words}) read on: an indefinite head, then at most one word
 * without the article, then one or two words with it (الدعم السريع، أنصار السنة، تحرير الجنوب);
 * such a name is kept only when the article writes it twice, as for every unmarked name. Names
 * whose head is definite and read on by agreeing adjectives are {@link DefiniteArabicNames}.
 */
final class HeadedArabicNames {
  private static final int MAX_QUOTED_WORDS = 5;
  private static final int MAX_DEFINITE_WORDS = 2;

  /** The masculine nisba ending (إرهابي، تصحيحي), folded. */
  private static final String MASCULINE_NISBA = "ي";

  /** ل + ال written together (للقوات): a definite noun, never a name's head. */
  private static final String LAM_ARTICLE = "لل";

  /** بن and ابن, folded: "son of" between a name and the father's name. */
  private static final java.util.Set<String> PATRONYMIC = java.util.Set.of("بن", "ابن");

  private final DiscoveryLexicon lexicon;
  private final ArabicAffixes affixes;

  /**
   * Names whose head is definite and whose adjectives agree with it (الحزب الإسلامي التركستاني).
   */
  private final DefiniteArabicNames definite;

  /**
   * The proclitics a head may carry (a conjunction or preposition, not the article), longest first:
   * computed once, as every Arabic word of an article is looked up without them.
   */
  private final List<String> headProclitics;

  HeadedArabicNames(DiscoveryLexicon lexicon, ArabicAffixes affixes) {
    this.lexicon = lexicon;
    this.affixes = affixes;
    this.definite = new DefiniteArabicNames(lexicon, affixes);
    this.headProclitics =
        affixes.nounProclitics().stream()
            .filter(
                prefix ->
                    !prefix.isEmpty()
                        && !prefix.endsWith(affixes.article())
                        && !prefix.endsWith(LAM_ARTICLE))
            .toList();
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int k = 0; k < text.size(); k++) {
      Word word = text.word(k);
      if (word.script() != Script.ARABIC) {
        continue;
      }
      Cue head = lexicon.arabicNameHead(withoutProclitic(word.text()));
      if (head == null) {
        continue;
      }
      String gap = text.gapBefore(k);
      boolean quoted =
          !gap.isEmpty()
              && Quotes.lastOpening(gap, 0, gap.length()) == gap.length() - 1
              && !gap.contains("\n");
      int end = quoted ? quotedEnd(text, k) : unquotedEnd(text, k, head);
      if (quoted && end > k + 1 && isIndefiniteNisba(text.word(k + 1).text())) {
        end = k; // «حركة تصحيحية», «تنظيم إرهابي»: a head and its adjective describe, not name
      }
      if (end > k + 1) {
        int start = word.start() + (quoted ? 0 : word.text().length() - headLength(word.text()));
        Candidate candidate =
            quoted
                ? Candidate.of(start, text.word(end - 1).end(), head)
                : Candidate.unmarked(start, text.word(end - 1).end(), head);
        found.add(candidate);
        k = end - 1;
      }
    }
    found.addAll(definite.find(text));
    return found;
  }

  /**
   * The name without its head noun, when it was read after one and at least two words remain (لواء
   * درع الساحل: درع الساحل): articles name the group so in headlines and later sentences, and those
   * mentions are of the same entity. Empty otherwise.
   */
  java.util.Optional<String> headless(Candidate candidate, String surface) {
    String[] words = surface.strip().split("\\s+");
    if (words.length < 3 || lexicon.arabicNameHead(candidate.cue()) == null) {
      return java.util.Optional.empty();
    }
    if (lexicon.arabicNameHead(withoutProclitic(words[0])) == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(surface.strip().substring(words[0].length()).strip());
  }

  /** The word after the last of a quoted name opening at word k, or k when the quote is long. */
  private static int quotedEnd(TokenizedText text, int k) {
    for (int end = k + 1; end < text.size() && end - k <= MAX_QUOTED_WORDS; end++) {
      String gap = text.gapBefore(end);
      if (!gap.isBlank()) {
        return closesQuote(gap) ? end : k;
      }
    }
    return k;
  }

  private static boolean closesQuote(String gap) {
    return !gap.isEmpty() && "»”\"“".indexOf(gap.charAt(0)) >= 0;
  }

  /** قوات الدعم السريع: the word after the name's last, or k when no name follows the head. */
  private int unquotedEnd(TokenizedText text, int k, Cue head) {
    if (head.reads() != Cue.Reads.WORDS
        || affixes.hasArticle(withoutProclitic(text.word(k).text()))) {
      return k;
    }
    int j = k + 1;
    if (j < text.size() && text.spaceBefore(j) && isNameWord(text.word(j), false)) {
      j++;
    }
    int definite = 0;
    while (j < text.size()
        && definite < MAX_DEFINITE_WORDS
        && text.spaceBefore(j)
        && isNameWord(text.word(j), true)) {
      j++;
      definite++;
    }
    if (definite > 0 && isPatronymic(text, j)) {
      j += 2; // كتيبة البراء بن مالك: a unit named after a person keeps the father's name
    }
    return definite > 0 ? j : k;
  }

  /** بن or ابن at word j, after a space, and a name word after it. */
  private boolean isPatronymic(TokenizedText text, int j) {
    return j + 1 < text.size()
        && text.spaceBefore(j)
        && text.spaceBefore(j + 1)
        && PATRONYMIC.contains(text.word(j).text())
        && text.word(j + 1).script() == Script.ARABIC
        && !lexicon.isNotName("ar", text.word(j + 1).text())
        && !lexicon.isStopword("ar", text.word(j + 1).text())
        && !affixes.endsPossessive(text.word(j + 1).text());
  }

  private boolean isIndefiniteNisba(String word) {
    return !affixes.hasArticle(word)
        && (word.endsWith(affixes.feminineNisba()) || word.endsWith(MASCULINE_NISBA));
  }

  private boolean isNameWord(Word word, boolean definite) {
    String text = word.text();
    return word.script() == Script.ARABIC
        && affixes.hasArticle(text) == definite
        && !lexicon.isNotName("ar", text)
        && !(definite && lexicon.isNotName("ar", text.substring(affixes.article().length())))
        && !affixes.endsPossessive(text);
  }

  /** وقوات، لسرايا: the head without a conjunction or preposition written onto it. */
  private String withoutProclitic(String word) {
    for (String prefix : headProclitics) {
      if (word.startsWith(prefix)
          && word.length() > prefix.length() + 2
          && lexicon.arabicNameHead(word.substring(prefix.length())) != null) {
        return word.substring(prefix.length());
      }
    }
    return word;
  }

  private int headLength(String word) {
    return withoutProclitic(word).length();
  }
}
