package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;

/**
 * Later mentions of a person by the surname alone ("Tommy Robinson ... Robinson was banned", "تومي
 * روبنسون ... وروبنسون"): news names a person in full once and by the last name after. Only names
 * of two or more words count (capitalised in Latin script), only after the first full mention, and
 * only when the surname is unambiguous in the article: no other entity mentioned there has a name
 * word equal to it, except the first word of a Latin title that is no actor's ({@link
 * #opensLatinTitle}). An Arabic surname may carry a proclitic conjunction or preposition (وروبنسون،
 * بمجاهد); a last word that is a name particle (الله، الدين، بن) is no surname.
 */
public final class Surnames {
  private static final Pattern FULL_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|al|el|bin|de|van|von))+");
  private static final Pattern ARABIC_FULL_NAME =
      Pattern.compile("\\p{InArabic}+(?:[\\s-]+\\p{InArabic}+)+");

  /**
   * Words that end an Arabic compound name without being a surname: عبد الله، نور الدين، ذبيح الله
   * are given names, and بن / أبو need the word after them.
   */
  private static final Set<String> ARABIC_PARTICLES =
      Set.of("الله", "الدين", "الرحمن", "الرحيم", "بن", "ابن", "أبو", "ابو", "أبي", "ابي", "عبد");

  /**
   * Generational suffixes: the surname of "Jon Minadeo II" or "Martin Luther King Jr." is before
   * them.
   */
  private static final Set<String> GENERATIONS =
      Set.of("II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.");

  private Surnames() {}

  /** The surname mentions to add to {@code mentions} (sorted by offset) in {@code text}. */
  public static List<Mention> find(
      String text, List<Mention> mentions, Map<String, Entity> entities, ArabicAffixes affixes) {
    Map<String, String> owner = new HashMap<>();
    Map<String, Integer> firstEnd = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Mention mention : mentions) {
      Entity entity = entities.get(mention.entityId());
      String[] words = mention.surface().split("[\\s-]+");
      int last =
          words.length > 2 && GENERATIONS.contains(words[words.length - 1].replace(",", ""))
              ? words.length - 2
              : words.length - 1;
      boolean person =
          entity != null
              && entity.type() == EntityType.ACTOR
              && "person".equals(entity.kind())
              && (FULL_NAME.matcher(mention.surface()).matches()
                  || (ARABIC_FULL_NAME.matcher(mention.surface()).matches()
                      && !ARABIC_PARTICLES.contains(words[words.length - 1])));
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        if (w == 0 && words.length > 1 && !person && opensLatinTitle(entity, mention.surface())) {
          // "Harlan Unfiltered" is Wes Harlan's show: the bare "Harlan" stays his
          continue;
        }
        String previous = owner.putIfAbsent(word, mention.entityId());
        if (previous != null && !previous.equals(mention.entityId())) {
          ambiguous.add(word);
        }
        if (!(person && w == last)) {
          ambiguous.add(word);
        }
      }
      if (person) {
        firstEnd.merge(words[last], mention.end(), Math::min);
      }
    }
    boolean[] covered = new boolean[text.length()];
    mentions.forEach(m -> java.util.Arrays.fill(covered, m.start(), m.end(), true));
    List<Mention> found = new ArrayList<>();
    for (Map.Entry<String, Integer> surname : firstEnd.entrySet()) {
      String word = surname.getKey();
      if (ambiguous.contains(word) || word.length() < 3) {
        continue;
      }
      Matcher m = surnamePattern(word, affixes).matcher(text);
      m.region(surname.getValue(), text.length());
      while (m.find()) {
        int start = m.start("name");
        if (!covered[start] && !covered[m.end() - 1]) {
          found.add(new Mention(owner.get(word), start, m.end(), m.group("name")));
        }
      }
    }
    return found;
  }

  /**
   * A Latin name of several words that is no actor's (a show, a site, a company: "Harlan
   * Unfiltered", "Robinson Media"): such a name often opens with its person's surname, and the
   * press does not call it by that first word alone, so the first word does not make the surname
   * ambiguous. An actor's name does ("Harlan Minutemen" could be "the Harlans").
   */
  private static boolean opensLatinTitle(Entity entity, String surface) {
    return entity != null
        && entity.type() != EntityType.ACTOR
        && FULL_NAME.matcher(surface).matches();
  }

  /**
   * The surname as a word; an Arabic one also behind a conjunction and a preposition (وروبنسون،
   * بمجاهد). Lam before the article is written without its alif (للغمري "of al-Ghamri", حسابات
   * للبخيتي): the name is then read from the article's remaining lam, as name matching reads
   * للبغدادي.
   */
  private static Pattern surnamePattern(String word, ArabicAffixes affixes) {
    String clitics = "";
    String name = Pattern.quote(word);
    if (ARABIC_FULL_NAME.matcher(word + " " + word).matches()) {
      clitics =
          "(?:"
              + alternatives(affixes.conjunctions())
              + ")?(?:"
              + alternatives(affixes.prepositions())
              + ")?";
      if (affixes.hasArticle(word)) {
        String articleLam = affixes.lamArticle().substring(affixes.lam().length());
        name +=
            "|(?<="
                + Pattern.quote(affixes.lam())
                + ")"
                + Pattern.quote(articleLam + word.substring(affixes.article().length()));
      }
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + clitics + "(?<name>" + name + ")(?![\\p{L}\\p{N}])");
  }

  private static String alternatives(List<String> affixes) {
    return String.join("|", affixes.stream().map(Pattern::quote).toList());
  }
}
