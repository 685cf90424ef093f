package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.ArabicNormalization;

/**
 * Arabic organisation names that open with a definite head noun and go on with adjectives that
 * agree with it (word list {@code extract/discover/definite-heads.txt}): a party named by two
 * nisbas (الحزب الديمقراطي الكردستاني), a centre by a nisba and a genitive with lam (المركز العربي
 * للدراسات), an authority by an adjective and a verbal noun (الهيئة الوطنية لمكافحة الفساد). Arabic
 * writes such names without quotes or capitals; what sets them apart from a noun and its
 * description is the shape: at least two agreeing adjectives, or one and a genitive. The name ends
 * where the agreement stops (a verb, an indefinite word, punctuation).
 *
 * <p>One adjective alone (الحزب الحاكم، الجيش السوري) is left to the gazetteer: it is as often a
 * description as a name. Every name read here is unmarked, kept only when the article writes it
 * twice, and a word that ends like a nisba but describes (الإرهابي، الاجتماعية) or is no adjective
 * (الذي، الماضي) ends it.
 */
final class DefiniteArabicNames {
  private static final String LIST = "definite-heads.txt";

  /** Words of a genitive after lam (للأبحاث القضائية، لمراقبة التراب الوطني), at most. */
  private static final int MAX_GENITIVE_WORDS = 3;

  /** Agreeing adjectives after the head, at most. */
  private static final int MAX_ADJECTIVES = 3;

  /** A verbal noun after lam has at least this many letters (لحماية، لمكافحة; not لها، لدى). */
  private static final int MIN_VERBAL_NOUN = 5;

  /** The preposition "with, by" that may be written before a head's article (بالمركز). */
  private static final String BI = "ب";

  /**
   * The kind of a name a media word types as an outlet: a party's or a movement's own media office,
   * the outlets that are subjects of bans and migrations (the press that only reports is named in
   * the gazetteer).
   */
  private static final String MEDIA_KIND = "propaganda";

  private record Head(EntityType type, String kind) {}

  private final DiscoveryLexicon lexicon;
  private final ArabicAffixes affixes;
  private final Map<String, Head> heads = new HashMap<>();
  private final Set<String> media = new HashSet<>();
  private final Set<String> adjectives = new HashSet<>();
  private final Set<String> describing = new HashSet<>();
  private final String nisba;
  private final String feminineNisba;
  private final String article;
  private final String lamArticle;
  private final String lam;

  /** What may stand before a head's article: a conjunction, ب, both, or nothing; longest first. */
  private final List<String> headPrefixes = new ArrayList<>();

  DefiniteArabicNames(DiscoveryLexicon lexicon, ArabicAffixes affixes) {
    this.lexicon = lexicon;
    this.affixes = affixes;
    this.nisba = fold(affixes.nisba());
    this.feminineNisba = fold(affixes.feminineNisba());
    this.article = fold(affixes.article());
    this.lamArticle = fold(affixes.lamArticle());
    this.lam = fold(affixes.lam());
    List<String> conjunctions = new ArrayList<>(affixes.conjunctions());
    conjunctions.add("");
    for (String conjunction : conjunctions) {
      headPrefixes.add(fold(conjunction) + BI);
      headPrefixes.add(fold(conjunction));
    }
    headPrefixes.sort((a, b) -> b.length() - a.length());
    read();
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int k = 0; k < text.size(); k++) {
      Word word = text.word(k);
      if (word.script() != Script.ARABIC) {
        continue;
      }
      int offset = articleOffset(word.text());
      Head head = offset < 0 ? null : heads.get(word.text().substring(offset));
      if (head == null) {
        continue;
      }
      int j = k + 1;
      int agreeing = 0;
      boolean outlet = false;
      while (j < text.size() && agreeing < MAX_ADJECTIVES && isAdjective(text, j)) {
        outlet |= media.contains(text.word(j).text());
        agreeing++;
        j++;
      }
      int genitive = agreeing > 0 ? genitiveEnd(text, j) : j;
      for (int g = j; g < genitive; g++) {
        outlet |= media.contains(text.word(g).text());
      }
      if (agreeing >= 2 || agreeing == 1 && genitive > j) {
        int end = text.word(genitive - 1).end();
        found.add(
            new Candidate(
                word.start() + offset,
                end,
                outlet ? EntityType.OUTLET : head.type(),
                outlet ? MEDIA_KIND : head.kind(),
                word.text().substring(offset),
                true));
        k = genitive - 1;
      }
    }
    return found;
  }

  /**
   * Where the article starts in a head written with a conjunction or ب before it (والحزب، بالمركز),
   * or -1 when the word has no written article there.
   */
  private int articleOffset(String word) {
    for (String prefix : headPrefixes) {
      if (word.startsWith(prefix + article)) {
        return prefix.length();
      }
    }
    return -1;
  }

  /** A definite adjective written after a space: a nisba or a listed adjective, no description. */
  private boolean isAdjective(TokenizedText text, int j) {
    Word word = text.word(j);
    String w = word.text();
    if (word.script() != Script.ARABIC
        || !text.spaceBefore(j)
        || !affixes.hasArticle(w)
        || describing.contains(w)
        || lexicon.isStopword("ar", w)
        || affixes.endsPossessive(w)) {
      return false;
    }
    return adjectives.contains(w)
        || media.contains(w)
        || (w.endsWith(nisba) || w.endsWith(feminineNisba)) && w.length() > article.length() + 3;
  }

  /**
   * The word after a genitive with lam that opens at word j, or j when none opens there: lam and
   * the article, then the adjectives that agree with that noun (للإعلام، للأبحاث القضائية); or lam
   * and a verbal noun, its definite object and that object's adjectives (لمكافحة الجرائم
   * الإلكترونية). A definite noun after the genitive's own adjectives (للإعلام الأسبوع الماضي) is
   * the sentence going on, not the name.
   */
  private int genitiveEnd(TokenizedText text, int j) {
    if (j >= text.size() || !text.spaceBefore(j) || text.word(j).script() != Script.ARABIC) {
      return j;
    }
    String w = text.word(j).text();
    int end;
    if (w.startsWith(lamArticle) && w.length() > lamArticle.length() + 2) {
      end = j + 1;
    } else if (w.startsWith(lam)
        && !w.startsWith(lamArticle)
        && w.length() >= MIN_VERBAL_NOUN
        && !lexicon.isStopword("ar", w)
        && !lexicon.isNotName("ar", w)
        && !affixes.endsPossessive(w)
        && j + 1 < text.size()
        && isDefiniteWord(text, j + 1)) {
      end = j + 2;
    } else {
      return j;
    }
    while (end < text.size() && end - j < MAX_GENITIVE_WORDS && isAdjective(text, end)) {
      end++;
    }
    return end;
  }

  private boolean isDefiniteWord(TokenizedText text, int j) {
    Word word = text.word(j);
    return word.script() == Script.ARABIC
        && text.spaceBefore(j)
        && affixes.hasArticle(word.text())
        && !describing.contains(word.text())
        && !lexicon.isStopword("ar", word.text())
        && !affixes.endsPossessive(word.text());
  }

  private void read() {
    DiscoveryLexicon.read(
        LIST,
        4,
        fields -> {
          String word = fold(fields.get(1));
          switch (fields.get(0)) {
            case "head" ->
                heads.put(word, new Head(EntityType.fromLabel(fields.get(2)), fields.get(3)));
            case "media" -> media.add(word);
            case "adjective" -> adjectives.add(word);
            case "describes" -> describing.add(word);
            default -> throw new IllegalArgumentException("unknown role " + fields.get(0));
          }
        });
  }

  private static String fold(String word) {
    return ArabicNormalization.normalize(word).normalized().strip();
  }
}
