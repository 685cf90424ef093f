package org.driftgraph.extract.discover;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.ArabicNormalization;

/**
 * Arabic outlets that call themselves a platform, a network or a site: منصة «X» الإعلامية, «شبكة X
 * الإخبارية», موقع «X» الإخباري. The cue alone types such a name as a service (منصة, موقع) or a
 * group (شبكة), and neither can be banned, move or announce as an outlet does; the news or media
 * adjective after the name says what it is. A name so described once is an outlet wherever the
 * article names it with the same cue type, also before the description (a headline often drops the
 * adjective). Known platforms are gazetteer names and never reach discovery, so "منصة تلغرام
 * الإعلامية" leaves Telegram as it is.
 */
final class DescribedOutlets {
  private static final Set<String> SERVICE_CUES = folded("منصة", "شبكة", "موقع");

  /** The adjectives, feminine (منصة، شبكة) and masculine (موقع), that make the name a medium. */
  private static final Set<String> NEWS_ADJECTIVES =
      folded("الإعلامية", "الإخبارية", "الإعلامي", "الإخباري");

  /**
   * Participles of partisanship that open an apposition after a site's name (موقع «X»، المحسوب على
   * جماعة Y): a service is owned or run by a company, only a medium leans to a side.
   */
  private static final Set<String> PARTISAN =
      folded("المحسوب", "المحسوبة", "الموالي", "الموالية", "المقرب", "المقربة");

  /** Nouns of a medium that an apposition may call the name (موقع «X»، المنصة الإعلامية ...). */
  private static final Set<String> MEDIUM_NOUNS = folded("المنصة", "الموقع", "الشبكة");

  /** Between the name and its adjective: spaces and closing quotes, nothing that ends a phrase. */
  private static final String QUOTES_AND_SPACES = " \u00a0»\"”'’)";

  private DescribedOutlets() {}

  /**
   * Retypes, in {@code candidates}, every name an Arabic service or network cue introduced as an
   * outlet when one of its readings is followed (or ends) by a news or media adjective.
   */
  static void retype(TokenizedText text, List<Candidate> candidates) {
    Set<String> described = new HashSet<>();
    Set<String> headedAsOutlet = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (candidate.type() == EntityType.OUTLET && !isServiceCued(candidate)) {
        headedAsOutlet.add(span(candidate));
      }
    }
    for (Candidate candidate : candidates) {
      if (isServiceCued(candidate)
          && (isDescribedAsMedium(text, candidate) || headedAsOutlet.contains(span(candidate)))) {
        described.add(surface(text, candidate));
      }
    }
    SelfNamedNetworks.retype(text, candidates);
    if (!described.isEmpty()) {
      candidates.replaceAll(
          candidate ->
              isServiceCued(candidate) && described.contains(surface(text, candidate))
                  ? new Candidate(
                      candidate.start(),
                      candidate.end(),
                      EntityType.OUTLET,
                      "propaganda",
                      candidate.cue(),
                      candidate.unmarked())
                  : candidate);
    }
  }

  private static boolean isServiceCued(Candidate candidate) {
    return (candidate.type() == EntityType.PLATFORM || candidate.type() == EntityType.ACTOR)
        && SERVICE_CUES.contains(candidate.cue());
  }

  private static boolean isDescribedAsMedium(TokenizedText text, Candidate candidate) {
    List<TokenizedText.Word> words = text.words();
    int after = ArabicCues.wordAtOrAfter(text, candidate.end());
    if (after > 0 && NEWS_ADJECTIVES.contains(words.get(after - 1).text())) {
      return words.get(after - 1).start() >= candidate.start(); // «شبكة X الإخبارية»
    }
    if (after >= words.size()) {
      return false;
    }
    String gap = text.text().substring(candidate.end(), words.get(after).start());
    if (gap.isEmpty()) {
      return false;
    }
    if (gap.chars().allMatch(c -> QUOTES_AND_SPACES.indexOf(c) >= 0)) {
      return NEWS_ADJECTIVES.contains(words.get(after).text());
    }
    return isAppositionOfMedium(gap, words, after);
  }

  /**
   * The name's apposition says it is a partisan medium: «X»، المحسوب على ...، «X»، المنصة الإعلامية
   * ... (one comma between, nothing else).
   */
  private static boolean isAppositionOfMedium(
      String gap, List<TokenizedText.Word> words, int after) {
    int comma = Math.max(gap.indexOf('،'), gap.indexOf(','));
    if (comma < 0
        || gap.indexOf('،') != gap.lastIndexOf('،')
        || !(gap.substring(0, comma) + gap.substring(comma + 1))
            .chars()
            .allMatch(c -> QUOTES_AND_SPACES.indexOf(c) >= 0)) {
      return false;
    }
    String first = words.get(after).text();
    return PARTISAN.contains(first)
        || (MEDIUM_NOUNS.contains(first)
            && after + 1 < words.size()
            && NEWS_ADJECTIVES.contains(words.get(after + 1).text()));
  }

  /**
   * Where a name stands: a service cue's name that another reading types as an outlet at the same
   * place is a name headed by an outlet noun (موقع «بوابة اليمن الحر»، منصة «وكالة X»): the name's
   * own head says what it is, the cue before it only that it is online.
   */
  private static String span(Candidate candidate) {
    return candidate.start() + ":" + candidate.end();
  }

  private static String surface(TokenizedText text, Candidate candidate) {
    return text.text().substring(candidate.start(), candidate.end());
  }

  private static Set<String> folded(String... words) {
    return Stream.of(words)
        .map(word -> ArabicNormalization.normalize(word).normalized().strip())
        .collect(Collectors.toUnmodifiableSet());
  }
}
