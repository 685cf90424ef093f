package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.Gazetteer;

/**
 * Typing by slot (issue 11, round 11): an unknown name that stands where only one type fits is of
 * that type, with no type noun around it. The destination of a move ("moved to X", "relaunched on
 * X", انتقلت إلى «X») and the place of a posting ("accounts on X", "uploaded to X", حساب على «X»)
 * are platforms. The slots are data ({@code extract/discover/slots.txt}).
 *
 * <p>English reads one to three capitalised words right after the slot phrase (a possessive "X's"
 * is not read: it names the owner of what follows); Arabic reads a quoted name of one to three
 * words or a Latin-script run after the slot word and its preposition. A list after the slot ("to
 * Loops and Triller", إلى «X» و«Y») gives every item.
 *
 * <p>People and places move too ("moved to Lisbon"), so a slot marked {@code again} (the move
 * verbs) types a name only when the article puts it in a slot a second time, or when a known name
 * of the slot's type stands in the same list ("moved to Telegram and X"). A slot marked {@code
 * alone} (the places of postings, which only services have) is enough once.
 */
final class SlotNames {
  private static final int FIELDS = 5;
  private static final int MAX_NAME_WORDS = 3;

  /** How many words may stand between an Arabic slot word and its preposition, plus one. */
  private static final int ARABIC_REACH = 4;

  /** One slot phrase: the words before the name, with the preposition in Arabic as its own word. */
  private record Slot(Cue cue, boolean alone) {}

  /** A name read in a slot, in folded offsets, and whether a known name shares its list. */
  private record Hit(int start, int end, String key, Slot slot, boolean listedWithKnown) {}

  private final Map<String, Slot> english = new HashMap<>();
  private final Map<String, Slot> arabic = new HashMap<>();

  /** The first words of the Arabic slots, folded. */
  private final java.util.Set<String> arabicHeads = new java.util.HashSet<>();

  private final Map<String, EntityType> knownTypes = new HashMap<>();
  private int longestEnglish;

  SlotNames(Gazetteer gazetteer) {
    for (Entity entity : gazetteer.entities()) {
      knownTypes.put(entity.id(), entity.type());
    }
    DiscoveryLexicon.read("slots.txt", FIELDS, this::addSlot);
  }

  /**
   * The names in slots of {@code text} that the evidence types; {@code known} are the gazetteer's
   * mentions (original offsets), which make a list-mate typed.
   */
  List<Candidate> find(TokenizedText text, List<Mention> known) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (text.word(i).script() == Script.LATIN) {
        int length = englishSlotAt(text, i);
        if (length > 0) {
          Slot slot = english.get(LatinRuns.phrase(text, i, length).toLowerCase(Locale.ROOT));
          readEnglish(text, i + length, slot, known, hits);
          i += length - 1;
        }
      } else if (text.word(i).script() == Script.ARABIC && i + 1 < text.size()) {
        int[] at = new int[1];
        Slot slot = arabicSlotAt(text, i, at);
        if (slot != null) {
          readArabic(text, at[0] + 1, slot, known, hits);
        }
      }
    }
    Map<String, List<Hit>> byKey = new LinkedHashMap<>();
    hits.forEach(h -> byKey.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h));
    List<Candidate> found = new ArrayList<>();
    for (List<Hit> same : byKey.values()) {
      boolean typed =
          same.size() >= 2 || same.stream().anyMatch(h -> h.slot().alone() || h.listedWithKnown());
      if (typed) {
        same.forEach(h -> found.add(Candidate.of(h.start(), h.end(), h.slot().cue())));
      }
    }
    return found;
  }

  /**
   * The Arabic slot whose verb or noun is word i (also with و or ف written onto it: وانتقلت) and
   * whose preposition follows it within {@link #ARABIC_REACH} words of one clause (انتقلت الجماعة
   * إلى): Arabic puts the subject between the verb and its complement. Returns the preposition's
   * index in {@code at[0]}.
   */
  private Slot arabicSlotAt(TokenizedText text, int i, int[] at) {
    String first = text.word(i).text();
    if (first.length() > 3
        && (first.startsWith("و") || first.startsWith("ف"))
        && !arabicHeads.contains(first)) {
      first = first.substring(1);
    }
    if (!arabicHeads.contains(first)) {
      return null;
    }
    for (int k = i + 1; k < text.size() && k <= i + ARABIC_REACH && text.spaceBefore(k); k++) {
      Slot slot = arabic.get(first + " " + text.word(k).text());
      if (slot != null) {
        at[0] = k;
        return slot;
      }
    }
    return null;
  }

  /** The number of words of the longest English slot phrase at word i, 0 when there is none. */
  private int englishSlotAt(TokenizedText text, int i) {
    for (int n = Math.min(longestEnglish, text.size() - i); n >= 1; n--) {
      if (LatinRuns.isLowerLatinRun(text, i, n)
          && english.containsKey(LatinRuns.phrase(text, i, n))) {
        return n;
      }
    }
    return 0;
  }

  private void readEnglish(
      TokenizedText text, int j, Slot slot, List<Mention> known, List<Hit> hits) {
    List<int[]> items = new ArrayList<>();
    if (j >= text.size() || !text.gapBefore(j).equals(" ")) {
      return;
    }
    // "merchandise tied to the "Sons of Tyr"": an owner's quoted name may take the article
    if (j + 1 < text.size()
        && slot.cue().type() == EntityType.ACTOR
        && text.word(j).text().equals("the")
        && isOpeningQuote(text.gapBefore(j + 1))) {
      j++;
    }
    while (j < text.size()) {
      int end = LatinRuns.nameEnd(text, j);
      if (end == j
          || end - j > MAX_NAME_WORDS
          || LatinRuns.isPossessive(text.word(end - 1))
          || (end < text.size() && text.hyphenBefore(end))) {
        break;
      }
      items.add(new int[] {j, end});
      j = LatinRuns.nextListItem(text, end);
    }
    addItems(text, items, slot, known, hits);
  }

  /** «X», «X» و«Y», or a Latin run after the Arabic slot word and its preposition. */
  private void readArabic(
      TokenizedText text, int j, Slot slot, List<Mention> known, List<Hit> hits) {
    List<int[]> items = new ArrayList<>();
    while (j < text.size()) {
      String gap = text.gapBefore(j);
      int open = Quotes.lastOpening(gap, 0, gap.length());
      int end = j;
      if (open == gap.length() - 1 && !gap.contains("\n")) {
        while (end < text.size()
            && end - j < MAX_NAME_WORDS
            && (end == j || text.spaceBefore(end))) {
          end++;
        }
        if (!closesQuote(text, end)) {
          break;
        }
      } else if (text.word(j).isCapitalised() && (text.spaceBefore(j) || gap.isEmpty())) {
        while (end < text.size()
            && end - j < MAX_NAME_WORDS
            && (end == j || text.spaceBefore(end))
            && text.word(end).script() == Script.LATIN) {
          end++;
        }
      } else {
        break;
      }
      items.add(new int[] {j, end});
      // «X» و«Y»: the conjunction is a word of its own between the two quoted names
      if (end + 1 < text.size()
          && (text.word(end).text().equals("و") || text.word(end).text().equals("او"))) {
        j = end + 1;
      } else {
        break;
      }
    }
    addItems(text, items, slot, known, hits);
  }

  /** The name ending before word {@code end} is closed by a quote mark right after it. */
  private static boolean closesQuote(TokenizedText text, int end) {
    String after =
        end < text.size() ? text.gapBefore(end) : text.text().substring(text.word(end - 1).end());
    return !after.isEmpty() && "»”\"“'".indexOf(after.charAt(0)) >= 0;
  }

  /** A space and an opening quotation mark: the gap before a quoted name. */
  private static boolean isOpeningQuote(String gap) {
    return gap.length() == 2
        && gap.charAt(0) == ' '
        && Quotes.lastOpening(gap, 0, gap.length()) == 1;
  }

  private void addItems(
      TokenizedText text, List<int[]> items, Slot slot, List<Mention> known, List<Hit> hits) {
    boolean knownInList = false;
    List<int[]> unknown = new ArrayList<>();
    for (int[] item : items) {
      EntityType type = knownTypeAt(text, item[0], item[1], known);
      if (type == null) {
        unknown.add(item);
      } else {
        knownInList |= type == slot.cue().type();
      }
    }
    for (int[] item : unknown) {
      int start = text.word(item[0]).start();
      int end = text.word(item[1] - 1).end();
      String key = ArabicNormalization.normalize(text.text().substring(start, end)).normalized();
      hits.add(new Hit(start, end, key, slot, knownInList));
    }
  }

  /** The type of a known mention overlapping words from..to-1, or null. */
  private EntityType knownTypeAt(TokenizedText text, int from, int to, List<Mention> known) {
    int start = text.folded().originalStart(text.word(from).start());
    int end = text.folded().originalEnd(text.word(to - 1).end());
    for (Mention mention : known) {
      if (mention.start() < end && mention.end() > start) {
        return knownTypes.getOrDefault(mention.entityId(), EntityType.EVENT);
      }
    }
    return null;
  }

  /** One line of slots.txt, split into its fields (see {@link DiscoveryLexicon#read}). */
  private void addSlot(List<String> fields) {
    String language = fields.get(0);
    String words = fields.get(1);
    EntityType type = EntityType.fromLabel(fields.get(2));
    String kind = fields.get(3).equals("-") ? null : fields.get(3);
    String evidence = fields.get(4);
    if (!evidence.equals("alone") && !evidence.equals("again")) {
      throw new IllegalArgumentException("evidence '" + evidence + "' is not alone or again");
    }
    boolean alone = evidence.equals("alone");
    if (language.equals("en")) {
      String lower = words.toLowerCase(Locale.ROOT);
      english.put(lower, new Slot(new Cue("en", lower, type, kind, Cue.Reads.NAME), alone));
      longestEnglish = Math.max(longestEnglish, lower.split(" ").length);
    } else if (language.equals("ar")) {
      String folded = ArabicNormalization.normalizeKeepingCase(words).normalized();
      if (folded.split(" ").length != 2) {
        throw new IllegalArgumentException("an Arabic slot is a word and its preposition");
      }
      arabicHeads.add(folded.split(" ")[0]);
      arabic.put(folded, new Slot(new Cue("ar", folded, type, kind, Cue.Reads.NAME), alone));
    } else {
      throw new IllegalArgumentException("language '" + language + "' is not ar or en");
    }
  }
}
