package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.NormalizedText;

/**
 * The name a story gives a described actor after describing it (issue 11, session 16): "a network
 * of 90 accounts, which researchers dubbed Operation Tinfoil", "a cell known as the Night Wolves",
 * الشبكة التي أطلق عليها اسم «سرب الغربان». The naming words are {@code naming} and {@code
 * ar-naming} of {@code described-actors.txt}; the name is one to four capitalised words (with "the"
 * dropped), or in Arabic the words inside the quotation marks after the naming words. A name in
 * quotation marks right after the description names it too ("the collective "Les Veilleurs"").
 *
 * <p>Arabic naming words may carry و or ف and the rest of their word, and up to two words may stand
 * between them and the quotation marks (session 17): وتحمل اسماً جامعاً هو «X» names the network as
 * تحمل اسم «X» does; without it the network stayed a second actor beside the name the gold uses.
 */
final class AfterTheFactNames {
  /** How many characters after a description its naming words may stand, within its sentence. */
  private static final int REACH = 240;

  /** A word that a leading "Operation" of a name may be dropped from: "Salt Road". */
  private static final Pattern OPERATION = Pattern.compile("^(?:Operation|Project) ");

  /** A name in quotation marks right after the description: the collective "Les Veilleurs". */
  private static final Pattern QUOTED =
      Pattern.compile("\\s*,?\\s*[\"“‘](?<name>\\p{Lu}[^\"”’\\n]{1,40}?)[\"”’]");

  private final Pattern english;
  private final Pattern arabic;

  /** A name given after the fact: {@code start} and {@code end} in the original text. */
  record Named(String name, int start, int end) {
    Named {
      if (name.isBlank() || end <= start) {
        throw new IllegalArgumentException("bad name '" + name + "' [" + start + ", " + end + ")");
      }
    }

    /** The name, and without a leading "Operation" or "Project" when it has one. */
    List<String> forms() {
      List<String> forms = new ArrayList<>(List.of(name));
      Matcher m = OPERATION.matcher(name);
      if (m.find() && name.length() > m.end()) {
        forms.add(name.substring(m.end()));
      }
      return forms;
    }
  }

  AfterTheFactNames(List<String> englishWords, List<String> arabicWords) {
    this.english =
        Pattern.compile(
            "[^.!?\\n]*?(?<![\\p{L}])(?:"
                + alternation(englishWords)
                + ")\\s+(?:it\\s+|them\\s+)?(?:the\\s+)?[\"“‘']?(?<name>\\p{Lu}[\\p{L}\\p{N}'’-]*"
                + "(?:\\s(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|\\d+)){0,3})");
    this.arabic =
        Pattern.compile(
            "[^.!؟?\\n]*?(?<![\\p{L}])[وف]?(?:"
                + alternation(arabicWords)
                + ")\\p{L}*(?:\\s+[^\\s«\"“»”]+){0,2}?"
                + "\\s*[«\"“](?<name>[^»\"”\\n]{2,40})[»\"”]");
  }

  /** The name given within the sentence that goes on at {@code from}, if any. */
  Optional<Named> after(String text, int from, boolean arabicText) {
    int to = Math.min(text.length(), from + REACH);
    if (!arabicText) {
      Matcher quoted = QUOTED.matcher(text).region(from, to);
      if (quoted.lookingAt()) {
        return Optional.of(
            new Named(quoted.group("name"), quoted.start("name"), quoted.end("name")));
      }
      Matcher m = english.matcher(text).region(from, to);
      if (!m.lookingAt()) {
        return Optional.empty();
      }
      String name = m.group("name").replaceAll("[’']s$", "");
      return Optional.of(new Named(name, m.start("name"), m.start("name") + name.length()));
    }
    NormalizedText folded = ArabicNormalization.normalize(text);
    int foldedFrom = folded.normalizedIndex(from);
    int foldedTo = Math.min(folded.normalized().length(), folded.normalizedIndex(to));
    Matcher m = arabic.matcher(folded.normalized()).region(foldedFrom, foldedTo);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int start = folded.originalStart(m.start("name"));
    String raw = text.substring(start, folded.originalEnd(m.end("name")));
    String name = raw.strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    start += raw.indexOf(name);
    return Optional.of(new Named(name, start, start + name.length()));
  }

  static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
