package org.driftgraph.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;

/**
 * Names that only describe or own another name of the sentence, so that they do not take its
 * argument slots: the name inside an Arabic apposition that opens with a participle of relation
 * (قناة «س» المحلية، المقربة من حركة ص، أعلنت), and a company named only as the owner of an unnamed
 * platform ("the photo app, operated by X, says it removed", "X's video subsidiary disabled").
 */
final class OwnerOnlyNames {
  /**
   * A definite Arabic participle or adjective of relation (normalized): المقربة، القريبة، التابعة،
   * الموالية، المحسوبة، المرتبطة، المدعومة، الممولة (also read by {@link ElidedSubjects}).
   */
  static final String RELATION_PARTICIPLE =
      "ال(?:مقرب|قريب|تابع|موالي|محسوب|مرتبط|مدعوم|ممول)(?:ه|ين|ون|تان|ان)?";

  /**
   * A definite Arabic participle or adjective of relation right after an apposition's comma:
   * المقربة من، القريبة من، التابعة لـ، الموالية لـ، المحسوبة على، المرتبطة بـ، المدعومة من.
   */
  private static final Pattern ARABIC_DESCRIPTOR =
      Pattern.compile("\\s*" + RELATION_PARTICIPLE + "\\s");

  /** A possessive company's unit that is a platform: "X's code-hosting subsidiary", "X's app". */
  private static final Pattern OWNED_UNIT =
      Pattern.compile(
          "'s (?:[^\\s,.;:]+ ){0,2}?(?:subsidiary|app|application|platform|service|site|website"
              + "|host|messenger)\\b");

  /** Characters before a company searched for the "by" of the participle it is the agent of. */
  private static final int OWNER_MARKER_REACH = 12;

  private OwnerOnlyNames() {}

  /** A definite Arabic participle or adjective (المقربة، التابعة، الموالية) opens the stretch. */
  static boolean opensArabicDescriptor(String text, int from, int to) {
    Matcher word = ARABIC_DESCRIPTOR.matcher(text);
    word.region(from, to);
    return word.lookingAt();
  }

  /**
   * A company named before the trigger only as an owner: the agent of a participle ("operated by
   * X") or a possessor of a platform noun ("X's video subsidiary"), not the one that speaks or acts
   * ("Meta said it had blocked").
   */
  static boolean ownerOfUnnamedPlatform(Trigger trigger, Entity entity) {
    if (entity.type() != EntityType.ORGANIZATION || !"company".equals(entity.kind())) {
      return false;
    }
    String text = trigger.text();
    return trigger.namesInSentence().stream()
        .filter(r -> !r.anaphor() && r.id().equals(entity.id()) && r.end() <= trigger.start())
        .anyMatch(
            r ->
                OWNED_UNIT.matcher(text).region(r.end(), trigger.start()).lookingAt()
                    || trigger
                        .grammar()
                        .endsWithAgentMarker
                        .matcher(
                            text.substring(
                                Math.max(trigger.sentenceStart(), r.start() - OWNER_MARKER_REACH),
                                r.start()))
                        .find());
  }
}
