package org.driftgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what news sites print around an article: repeated mastheads, ad markers left by scrapers,
 * "Source link" lines, comment counters, share and print widgets. The word lists live in {@code
 * /ingest/boilerplate.txt} so that analysts can extend them.
 */
public final class Boilerplate {
  private static final String RESOURCE = "/ingest/boilerplate.txt";

  /**
   * Masthead lines, bylines and headlines fit in 100 characters; body paragraphs are longer. Only
   * short lines are candidates for the repetition rules, so a quoted paragraph is never dropped.
   */
  static final int SHORT_LINE_MAX = 100;

  /**
   * Mastheads are printed a few times at most; the cap keeps files of repeated separators linear.
   */
  private static final int MAX_COPIES_COMPARED = 50;

  private static final Pattern AD_MARKER =
      Pattern.compile("\\[ad_\\d+\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern THREE_OR_MORE_NEWLINES = Pattern.compile("\n{3,}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");
  private static final Pattern HYPHEN_IN_WORD = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static volatile Boilerplate standard;

  private final Set<String> shareActions;
  private final Set<String> shareNetworks;
  private final Set<String> shareConnectors;
  private final Set<String> commentWords;
  private final Set<String> chromeLines;

  private Boilerplate(Map<String, Set<String>> sections) {
    shareActions = section(sections, "share-actions");
    shareNetworks = section(sections, "share-networks");
    shareConnectors = section(sections, "share-connectors");
    commentWords = section(sections, "comment-words");
    chromeLines = section(sections, "chrome-lines");
  }

  /** The lists shipped in {@code /ingest/boilerplate.txt}. */
  public static Boilerplate standard() {
    Boilerplate result = standard;
    if (result == null) {
      try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
        }
        result =
            parse(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      standard = result;
    }
    return result;
  }

  /**
   * Reads lists in the resource's format: {@code [section]} headers, one entry per line, #
   * comments.
   */
  static Boilerplate parse(List<String> lines) {
    Map<String, Set<String>> sections = new HashMap<>();
    Set<String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new HashSet<>());
      } else if (current == null) {
        throw new IllegalArgumentException(
            RESOURCE + ":" + (i + 1) + ": entry '" + line + "' comes before any [section]");
      } else {
        current.add(key(line));
      }
    }
    return new Boilerplate(sections);
  }

  private static Set<String> section(Map<String, Set<String>> sections, String name) {
    Set<String> entries = sections.get(name);
    if (entries == null) {
      throw new IllegalArgumentException(RESOURCE + " has no [" + name + "] section");
    }
    return Set.copyOf(entries);
  }

  /**
   * The cleaned text: boilerplate gone, line endings {@code \n}, at most one blank line in a row,
   * trimmed.
   */
  public String clean(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        lines.add(stripped);
        continue;
      }
      String withoutAds = AD_MARKER.matcher(stripped).replaceAll("").strip();
      if (!withoutAds.isEmpty() && !isWidget(withoutAds)) {
        lines.add(withoutAds);
      }
    }
    boolean[] removed = new boolean[lines.size()];
    removeRepeatedBlocks(lines, removed);
    removeRepeatedLines(lines, removed);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (!removed[i]) {
        kept.append(lines.get(i)).append('\n');
      }
    }
    return THREE_OR_MORE_NEWLINES.matcher(kept).replaceAll("\n\n").strip();
  }

  private boolean isWidget(String line) {
    String key = key(line);
    if (key.isEmpty()) {
      return false;
    }
    if (chromeLines.contains(key)) {
      return true;
    }
    String[] words = key.split(" ");
    return isCommentCounter(words) || isShareWidget(words);
  }

  /** "3 comments", "التعليقات 5", and a bare number: a counter whose label was an icon. */
  private boolean isCommentCounter(String[] words) {
    if (words.length == 1) {
      return NUMBER.matcher(words[0]).matches();
    }
    return words.length == 2
        && (NUMBER.matcher(words[0]).matches() && commentWords.contains(words[1])
            || commentWords.contains(words[0]) && NUMBER.matcher(words[1]).matches());
  }

  /** Only share words, and an action ("Share", "طباعة") or two networks at least. */
  private boolean isShareWidget(String[] words) {
    int actions = 0;
    int networks = 0;
    for (String word : words) {
      if (shareActions.contains(word)) {
        actions++;
      } else if (shareNetworks.contains(word)) {
        networks++;
      } else if (!shareConnectors.contains(word)) {
        return false;
      }
    }
    return actions > 0 || networks >= 2;
  }

  /**
   * A block of two or more short lines that occurs again identically is a masthead (or a byline
   * box): every copy goes, because none of them is the article.
   */
  private static void removeRepeatedBlocks(List<String> lines, boolean[] removed) {
    Map<String, List<Integer>> positions = shortLinePositions(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (removed[i] || !isShort(lines.get(i))) {
        continue;
      }
      List<Integer> copies = positions.get(lines.get(i));
      int longest = 0;
      for (int j : copies.subList(0, Math.min(copies.size(), MAX_COPIES_COMPARED))) {
        if (j > i) {
          longest = Math.max(longest, commonRun(lines, removed, i, j));
        }
      }
      if (longest < 2) {
        continue;
      }
      List<String> block = List.copyOf(lines.subList(i, i + longest));
      for (int j : copies.subList(0, Math.min(copies.size(), MAX_COPIES_COMPARED))) {
        if (j >= i
            && j + longest <= lines.size()
            && lines.subList(j, j + longest).equals(block)
            && noneRemoved(removed, j, j + longest)) {
          Arrays.fill(removed, j, j + longest, true);
        }
      }
    }
  }

  /** How many short lines from {@code i} repeat from {@code j}, without the copies overlapping. */
  private static int commonRun(List<String> lines, boolean[] removed, int i, int j) {
    int length = 0;
    while (i + length < j
        && j + length < lines.size()
        && !removed[j + length]
        && isShort(lines.get(i + length))
        && lines.get(i + length).equals(lines.get(j + length))) {
      length++;
    }
    return length;
  }

  /** A short line printed again (typically the headline above and in the article) is kept once. */
  private static void removeRepeatedLines(List<String> lines, boolean[] removed) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!removed[i] && isShort(lines.get(i)) && !seen.add(lines.get(i))) {
        removed[i] = true;
      }
    }
  }

  private static Map<String, List<Integer>> shortLinePositions(List<String> lines) {
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isShort(lines.get(i))) {
        positions.computeIfAbsent(lines.get(i), line -> new ArrayList<>()).add(i);
      }
    }
    return positions;
  }

  private static boolean noneRemoved(boolean[] removed, int from, int to) {
    for (int i = from; i < to; i++) {
      if (removed[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShort(String line) {
    return !line.isEmpty() && line.length() <= SHORT_LINE_MAX;
  }

  /**
   * A line reduced to what the lists compare: lower case, hyphens inside words dropped ("e-mail"),
   * diacritics, punctuation and emoji gone, words separated by single spaces.
   */
  private static String key(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    String joined = MARKS.matcher(HYPHEN_IN_WORD.matcher(lower).replaceAll("")).replaceAll("");
    return NOT_WORD.matcher(joined).replaceAll(" ").strip();
  }
}
