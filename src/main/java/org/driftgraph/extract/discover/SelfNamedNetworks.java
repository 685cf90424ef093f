package org.driftgraph.extract.discover;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.ArabicNormalization;

/**
 * Arabic networks that name themselves: «شبكة ناطقة بالعربية أطلقت على نفسها اسم «X»», «شبكة تسمي
 * نفسها «X»». The cue شبكة alone types «X» as a service, but a service is named by its owner, and
 * only a body of people calls itself something: such a network is a group (an influence operation,
 * a cell of accounts), as the English "a network calling itself X" is (naming.txt, role head). Read
 * once over the article's folded text; the name keeps its group type wherever the article writes it
 * after شبكة, also in a headline before the sentence that names it.
 */
final class SelfNamedNetworks {
  private static final String NETWORK_CUE = ArabicNormalization.normalize("شبكة").normalized();

  /**
   * شبكة, up to six words of its description (no sentence or clause mark between), "itself"
   * (feminine or masculine), an optional "the name", then a quoted name, as folded.
   */
  private static final Pattern SELF_NAME =
      Pattern.compile(
          "(?=[وفبل]?"
              + NETWORK_CUE
              + ")(?<![^\\s\\p{Punct}«»])[وفبل]?"
              + NETWORK_CUE
              + "(?:\\s+[^\\s.!؟،,:;«»\"“”]+){0,6}?\\s+"
              + ArabicNormalization.normalize("نفسها").normalized()
              + "?\\s+(?:"
              + ArabicNormalization.normalize("اسم").normalized()
              + "\\s+)?[«\"“]([^«»\"“”\\n]{2,60})[»\"”]");

  private SelfNamedNetworks() {}

  /**
   * Adds to {@code candidates} (sorted by start) every name a network gives itself, as a group, and
   * retypes as a group every reading of that name that the bare cue شبكة introduced.
   */
  static void retype(TokenizedText text, List<Candidate> candidates) {
    if (!text.text().contains(NETWORK_CUE)) {
      return; // most articles: no network named at all
    }
    Set<String> selfNamed = new HashSet<>();
    Matcher m = SELF_NAME.matcher(text.text());
    while (m.find()) {
      int start = m.start(1) + (m.group(1).length() - m.group(1).stripLeading().length());
      int end = m.start(1) + m.group(1).stripTrailing().length();
      if (end > start) {
        selfNamed.add(text.text().substring(start, end));
        candidates.add(new Candidate(start, end, EntityType.ACTOR, "group", NETWORK_CUE, false));
      }
    }
    if (selfNamed.isEmpty()) {
      return;
    }
    candidates.sort(Comparator.comparingInt(Candidate::start));
    candidates.replaceAll(
        candidate ->
            NETWORK_CUE.equals(candidate.cue())
                    && selfNamed.contains(
                        text.text().substring(candidate.start(), candidate.end()).strip())
                ? new Candidate(
                    candidate.start(),
                    candidate.end(),
                    EntityType.ACTOR,
                    "group",
                    candidate.cue(),
                    candidate.unmarked())
                : candidate);
  }
}
