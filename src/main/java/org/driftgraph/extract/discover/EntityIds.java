package org.driftgraph.extract.discover;

import com.ibm.icu.text.Transliterator;
import java.util.Set;
import org.driftgraph.model.Ids;

/**
 * Ids for discovered entities: the slug of the Latin name, or, for a name written only in Arabic,
 * of the English spelling the press gives it when it is a person (محمد علي الحوثي becomes
 * mohammed-ali-al-houthi, {@link ArabicRomanization}), else of its ICU transliteration (نداء الحق
 * becomes nda-alhq), so that the same name found in two articles gets the same id. An id a
 * gazetteer entity already has gets a numeric suffix.
 */
final class EntityIds {
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

  private EntityIds() {}

  static String idFor(String name, Set<String> taken) {
    return idFor(name, false, taken);
  }

  /** The id of a discovered name; a person's Arabic name gets its English spelling. */
  static String idFor(String name, boolean person, Set<String> taken) {
    String base = person && !hasLatin(name) ? personSlugOf(name) : slugOf(name);
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The slug of the English spelling of a person's Arabic name: محمد علي, mohammed-ali. */
  static String personSlugOf(String arabicName) {
    String latin = ArabicRomanization.romanize(arabicName);
    return hasLatin(latin) ? Ids.slug(latin) : slugOf(arabicName);
  }

  private static boolean hasLatin(String name) {
    return name.codePoints().anyMatch(c -> c < 0x250 && Character.isLetterOrDigit(c));
  }

  static String slugOf(String name) {
    if (hasLatin(name)) {
      return Ids.slug(name);
    }
    String ascii;
    // One shared instance: ICU transliterators are not documented as safe for concurrent use.
    synchronized (TO_ASCII) {
      ascii = TO_ASCII.transliterate(name);
    }
    return Ids.slug(ascii);
  }
}
