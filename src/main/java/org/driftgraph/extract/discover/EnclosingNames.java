package org.driftgraph.extract.discover;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.Gazetteer;

/**
 * A longer name typed by its own last word that holds a gazetteer name wins over it (issue 11,
 * round 10): "Minds Inc." is the company behind Minds, not Minds; "the Harbour Active Club" is one
 * chapter, not the generic "Active Club" whose words end it. Only two shapes, both written with a
 * suffix that types the whole name (naming.txt, role suffix):
 *
 * <ul>
 *   <li>a company suffix after a known platform or outlet that opens the name (a product's company
 *       is named after it);
 *   <li>a group suffix ending a known group's name that closes the longer one (a specific group
 *       named after the generic kind it belongs to).
 * </ul>
 *
 * A known platform at the head of a group name ("a Facebook Group") or a company at the head of a
 * company name ("Apple Inc.") stays the known mention.
 */
public final class EnclosingNames {
  private final DiscoveryLexicon lexicon;
  private final Map<String, EntityType> knownTypes = new HashMap<>();

  EnclosingNames(DiscoveryLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    for (Entity entity : gazetteer.entities()) {
      knownTypes.put(entity.id(), entity.type());
    }
  }

  /**
   * The candidate {@code surface} at {@code start} of the original text may take the place of the
   * known mentions inside it: it is typed by its own suffix, every known mention it overlaps lies
   * inside it and is shorter, and each is its head (a platform or outlet before a company suffix)
   * or its tail (a group before a group suffix).
   */
  boolean encloses(Candidate candidate, String surface, int start, List<Mention> known) {
    int end = start + surface.length();
    if (isQuotedHeadedGroup(candidate)) {
      return enclosesGroupInside(surface, start, end, known);
    }
    if (!lexicon.isSuffixCue(candidate.cue())) {
      return false;
    }
    boolean company = "company".equals(candidate.kind());
    boolean group = candidate.type() == EntityType.ACTOR && "group".equals(candidate.kind());
    boolean any = false;
    for (Mention mention : known) {
      if (mention.end() <= start || mention.start() >= end) {
        continue;
      }
      EntityType type = knownTypes.get(mention.entityId());
      boolean head =
          company
              && mention.start() == start
              && mention.end() < end
              && (type == EntityType.PLATFORM || type == EntityType.OUTLET);
      boolean tail =
          group
              && mention.end() == end
              && mention.start() > start
              && type == EntityType.ACTOR
              && isNamed(surface.substring(0, mention.start() - start));
      if (!head && !tail) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * A quoted Arabic group name that opens with its head noun (HeadedArabicNames): «حركة أنصار الله
   * الأوفياء» is one militia, not the movement whose name it holds.
   */
  private boolean isQuotedHeadedGroup(Candidate candidate) {
    return !candidate.unmarked()
        && candidate.type() == EntityType.ACTOR
        && "group".equals(candidate.kind())
        && lexicon.arabicNameHead(candidate.cue()) != null;
  }

  /**
   * Every known mention inside the quoted name is a shorter group, and a name word is left outside
   * them besides the head noun (الأوفياء): a head and a known name alone (حركة أنصار الله) are the
   * known group.
   */
  private boolean enclosesGroupInside(String surface, int start, int end, List<Mention> known) {
    StringBuilder outside = new StringBuilder();
    int from = start;
    boolean any = false;
    List<Mention> inside =
        known.stream()
            .filter(m -> m.end() > start && m.start() < end)
            .sorted(java.util.Comparator.comparingInt(Mention::start))
            .toList();
    for (Mention mention : inside) {
      if (mention.start() < start
          || mention.end() > end
          || mention.end() - mention.start() >= end - start
          || knownTypes.get(mention.entityId()) != EntityType.ACTOR) {
        return false;
      }
      outside.append(surface, from - start, mention.start() - start).append(' ');
      from = mention.end();
      any = true;
    }
    outside.append(surface.substring(from - start));
    String[] words = outside.toString().strip().split("\\s+");
    boolean headOutside = inside.isEmpty() || inside.get(0).start() > start;
    long named =
        Arrays.stream(words)
            .skip(headOutside ? 1 : 0)
            .filter(
                w -> !w.isBlank() && !lexicon.isNotName("ar", w) && !lexicon.isStopword("ar", w))
            .count();
    return any && named > 0;
  }

  /**
   * The words before a known group's name make a new name only when one of them is a name: "the
   * British Active Club" is a national branch of the known movement, as the annotated sets count
   * it.
   */
  private boolean isNamed(String words) {
    return Arrays.stream(words.split("[^\\p{L}\\p{N}]+"))
        .anyMatch(w -> !w.isEmpty() && !lexicon.isNotName("en", w.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a mention at [start, end) of an enclosing name may stand: every known mention it
   * overlaps lies strictly inside it.
   */
  static boolean holdsOnlyInside(int start, int end, List<Mention> known) {
    for (Mention mention : known) {
      if (mention.end() > start
          && mention.start() < end
          && (mention.start() < start
              || mention.end() > end
              || mention.end() - mention.start() >= end - start)) {
        return false;
      }
    }
    return true;
  }

  /** The known mentions without those that lie strictly inside a discovered name's mention. */
  public static List<Mention> withoutEnclosed(List<Mention> known, List<DiscoveredName> found) {
    List<Mention> discovered = found.stream().flatMap(name -> name.mentions().stream()).toList();
    return known.stream()
        .filter(
            k ->
                discovered.stream()
                    .noneMatch(
                        d ->
                            d.start() <= k.start()
                                && k.end() <= d.end()
                                && d.end() - d.start() > k.end() - k.start()))
        .toList();
  }
}
