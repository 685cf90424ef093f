package org.driftgraph.extract.discover;

import com.ibm.icu.text.Transliterator;
import java.util.Set;
import org.driftgraph.model.Ids;

/**
 * Ids for discovered entities: the slug of the Latin name, or, for a name written only in Arabic,
 * of its ICU transliteration (نداء الحق becomes nda-alhq), so that the same name found in two
 * articles gets the same id. An id a gazetteer entity already has gets a numeric suffix.
 */
final class EntityIds {
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

  private EntityIds() {}

  static String idFor(String name, Set<String> taken) {
    String base = slugOf(name);
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slugOf(String name) {
    boolean latin = name.codePoints().anyMatch(c -> c < 0x250 && Character.isLetterOrDigit(c));
    if (latin) {
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
