package org.driftgraph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

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
