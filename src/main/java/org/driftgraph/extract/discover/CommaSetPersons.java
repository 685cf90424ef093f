package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.driftgraph.extract.discover.TokenizedText.Script;

/**
 * Commentators whose Arabic role carries a long description and whose name is then set off by
 * commas before what they say: الباحث المصري في الإعلام الروسي الموجه إلى المنطقة، محمود الشناوي،
 * إن ...؛ الباحثة الهولندية المتخصصة في اليمين المتطرف، ساسكيا دي فريس، قالت إن. The definite role
 * of someone who comments (source-cues.txt), at most {@link #MAX_DESCRIPTION_WORDS} words without a
 * sentence end up to a comma, two or three name words, a comma, then a word that introduces speech.
 * Such a name is a mention, never a claim's argument (its cue is a source cue).
 */
final class CommaSetPersons {
  private static final int MAX_DESCRIPTION_WORDS = 12;
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 3;

  /** Words (folded) that introduce speech after the name: إن، أن، قال، قالت، يقول، تقول، يرى. */
  private static final Set<String> SPEECH =
      Set.of("ان", "قال", "قالت", "يقول", "تقول", "يري", "تري", "اوضح", "اوضحت", "اكد", "اكدت");

  private final ArabicCues arabic;
  private final DiscoveryLexicon lexicon;

  CommaSetPersons(ArabicCues arabic, DiscoveryLexicon lexicon) {
    this.arabic = arabic;
    this.lexicon = lexicon;
  }

  List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      ArabicCues.Found role = arabic.cueOf(text.word(i));
      if (role == null
          || !role.definite()
          || !"person".equals(role.cue().kind())
          || !lexicon.isSourceCue(role.cue().words())) {
        continue;
      }
      int comma = firstComma(text, i + 1);
      if (comma < 0) {
        continue;
      }
      int end = comma;
      while (end < text.size()
          && end - comma < MAX_NAME_WORDS
          && isNameWord(text, end)
          && (end == comma || text.spaceBefore(end))) {
        end++;
      }
      int words = end - comma;
      if (words >= MIN_NAME_WORDS
          && end < text.size()
          && text.gapBefore(end).strip().equals("،")
          && SPEECH.contains(text.word(end).text())
          && !text.word(comma).text().startsWith("ال")) {
        found.add(Candidate.of(text.word(comma).start(), text.word(end - 1).end(), role.cue()));
      }
    }
    return found;
  }

  /** The word right after the first Arabic comma within the description, or -1. */
  private static int firstComma(TokenizedText text, int from) {
    for (int k = from; k < text.size() && k <= from + MAX_DESCRIPTION_WORDS; k++) {
      String gap = text.gapBefore(k);
      if (gap.contains(".") || gap.contains("\n") || gap.contains("?") || gap.contains("!")) {
        return -1;
      }
      if (k > from && gap.strip().equals("،")) {
        return k;
      }
      if (!gap.isBlank() && k > from) {
        return -1;
      }
    }
    return -1;
  }

  private boolean isNameWord(TokenizedText text, int k) {
    return text.word(k).script() == Script.ARABIC
        && !lexicon.isNotNameSpelled("ar", text.word(k).spelling())
        && arabic.cueOf(text.word(k)) == null;
  }
}
