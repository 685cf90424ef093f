package org.driftgraph.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names the writer takes a stance toward (stance-objects.txt): the object of praise ("clips
 * glorifying the group", مقاطع تمجد التنظيم), of a denied link ("denied any link to X", نفى أي صلة
 * بـX), of impersonation ("fake channels of X", حسابات منتحلة) or of a missing account ("has no
 * account on X", لا حساب له على X). Such a name is not the one who posts, moves or is banned, nor
 * where it happens: the claims of its sentence do not take it. The phrases of a sentence are found
 * in one pass over it.
 */
final class StanceObjects {
  private static final String RESOURCE = "/extract/claims/stance-objects.txt";

  private static final Pattern PHRASES =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              + read().stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|"))
              + ")(?![\\p{L}\\p{N}])");

  /** What may stand between a phrase and its object: quotes, a proclitic, "the". */
  private static final Pattern GAP =
      Pattern.compile("[\\s«»\"“”'(]*(?:(?:the|[وف]?(?:بال|لل|ال|ب|ل|مع|الي))[\\s«»\"“”'(]*)?");

  private StanceObjects() {}

  /** {@code refs} without the names that stand right after a stance phrase of the span. */
  static List<Ref> without(String text, int start, int end, List<Ref> refs) {
    Matcher phrase = PHRASES.matcher(text).region(start, end);
    List<int[]> phrases = new ArrayList<>();
    while (phrase.find()) {
      phrases.add(new int[] {phrase.start(), phrase.end()});
    }
    if (phrases.isEmpty()) {
      return refs;
    }
    List<Ref> kept = new ArrayList<>(refs.size());
    for (Ref ref : refs) {
      if (!objectOfStance(text, phrases, ref)) {
        kept.add(ref);
      }
    }
    return kept;
  }

  private static boolean objectOfStance(String text, List<int[]> phrases, Ref ref) {
    for (int[] p : phrases) {
      // After the phrase, or holding its last letters (a proclitic the phrase ends on: بـ).
      if (ref.end() > p[1]
          && ref.start() > p[0]
          && ref.start() <= p[1] + 12
          && (ref.start() <= p[1] || GAP.matcher(text).region(p[1], ref.start()).matches())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> read() {
    try (InputStream in = StanceObjects.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no phrase list " + RESOURCE + " on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
