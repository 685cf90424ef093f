package org.driftgraph.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.text.BranchedPattern;

/**
 * The phrases of {@code stance-objects.txt} (praise, a denied link, impersonation, no account) as
 * one pattern whose branches are its lines, so that the literal prefilter tries them only where
 * their literals stand instead of at every character of every sentence with a claim.
 */
final class StancePhrases {
  private static final String RESOURCE = "/extract/claims/stance-objects.txt";
  private static final String PREFIX = "(?<![\\p{L}\\p{N}])(?:";
  private static final String SUFFIX = ")(?![\\p{L}\\p{N}])";

  private StancePhrases() {}

  static BranchedPattern load() {
    List<String> branches = read().stream().map(p -> "(?:" + p + ")").toList();
    return new BranchedPattern(
        Pattern.compile(PREFIX + String.join("|", branches) + SUFFIX), PREFIX, branches, SUFFIX);
  }

  private static List<String> read() {
    try (InputStream in = StancePhrases.class.getResourceAsStream(RESOURCE)) {
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
