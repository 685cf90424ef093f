package org.driftgraph.extract.discover;

import java.util.List;

/**
 * A foreign group's name glossed in English in brackets (issue 11, round 19): "Árpád Őrség (Árpád
 * Guard)", "Slovenská Domobrana ("Slovak Home Guard")", "Pohjan Vartio ("Northern Watch")". The
 * gloss's head word types both names (naming.txt, role gloss, or a group suffix: Guard, Watch,
 * Legion, Front), so the foreign name, which no English cue types, is the group. A foreign name cut
 * by a lower-case word before it ("Národní stráž Moravy (National Guard of Moravia)") leaves the
 * gloss as the name.
 */
final class GlossedNames {
  private GlossedNames() {}

  /** The foreign name starting at word i and its gloss, when a typed gloss follows it. */
  static void read(TokenizedText text, int i, DiscoveryLexicon lexicon, List<Candidate> out) {
    int end = LatinRuns.nameEnd(text, i);
    if (end == i || end + 1 >= text.size() || text.gapBefore(end).indexOf('(') < 0) {
      return;
    }
    if (!withoutQuotes(text.gapBefore(end)).equals(" (")) {
      return;
    }
    int glossEnd = LatinRuns.nameEnd(text, end);
    if (glossEnd - end < 2
        || glossEnd >= text.size()
        || !withoutQuotes(text.gapBefore(glossEnd)).startsWith(")")) {
      return;
    }
    Cue head = head(text, end, glossEnd, lexicon);
    if (head == null) {
      return;
    }
    int start = i;
    while (start < end - 1 && lexicon.isStopword("en", text.word(start).lower())) {
      start++;
    }
    boolean cut =
        start == i
            && i > 0
            && text.spaceBefore(i)
            && !text.word(i - 1).isCapitalised()
            && !lexicon.isStopword("en", text.word(i - 1).lower());
    // one entity: the foreign name, else the gloss (two names would make two groups)
    if (cut) {
      out.add(Candidate.of(text.word(end).start(), text.word(glossEnd - 1).end(), head));
    } else {
      out.add(Candidate.of(text.word(start).start(), text.word(end - 1).end(), head));
    }
  }

  /**
   * The group cue of the gloss [from, to): its last word, or a head before "of" and a place
   * ("National Guard of Moravia").
   */
  private static Cue head(TokenizedText text, int from, int to, DiscoveryLexicon lexicon) {
    for (int k = to - 1; k > from; k--) {
      if (k < to - 1 && !text.word(k + 1).text().equals("of")) {
        continue;
      }
      Cue cue = lexicon.glossHead(text.word(k).text());
      if (cue != null) {
        return cue;
      }
    }
    return null;
  }

  private static String withoutQuotes(String gap) {
    StringBuilder kept = new StringBuilder(gap.length());
    for (char c : gap.toCharArray()) {
      if (c != '"' && c != '“' && c != '”') {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
