package org.driftgraph.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Entity ids: the lowercase kebab-case slug of the English canonical name. */
public final class Ids {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Ids() {}

  public static boolean isSlug(String id) {
    return id != null && SLUG.matcher(id).matches();
  }

  /** Makes a slug from an English name: "Mail.Ru Group" becomes "mail-ru-group". */
  public static String slug(String englishName) {
    String ascii =
        Normalizer.normalize(englishName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("no slug can be made from '" + englishName + "'");
    }
    return slug;
  }

  /**
   * The known ids closest to {@code id}, for "did you mean" messages: ids that contain it or that
   * it contains first, then by edit distance, then alphabetically.
   */
  public static List<String> nearest(String id, Collection<String> known, int limit) {
    String wanted = id.toLowerCase(Locale.ROOT);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    Comparator<String> closeness =
        Comparator.comparing(
                (String candidate) -> !(candidate.contains(wanted) || wanted.contains(candidate)))
            .thenComparingInt(candidate -> distance.apply(wanted, candidate))
            .thenComparing(Comparator.naturalOrder());
    return known.stream().sorted(closeness).limit(limit).toList();
  }

  static String requireSlug(String what, String id) {
    if (!isSlug(id)) {
      throw new IllegalArgumentException(what + " '" + id + "' is not a lowercase kebab-case slug");
    }
    return id;
  }

  static String requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
