package org.driftgraph.extract.claims;

import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.model.RelationType;

/**
 * A ban told as the cause of a move ("moved from A to B after a wave of removals", "انتقلوا من س
 * إلى ص عقب حملة حذف") is not a ban by the destination: a group does not move to the platform that
 * has just thrown it out, and the destination stands before the cause only because the move is told
 * first. A ban whose platform stands before the trigger, with a subordinator of time or cause
 * between them, loses that platform when a move of the same sentence goes to it. The platform left,
 * or one named inside the cause ("after Telegram's purge"), keeps the ban.
 */
final class CauseOfMove {
  /** A subordinator of time or cause (normalized text: hamza folded). */
  private static final Pattern CAUSE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:[وف]?(?:بعد|عقب|اثر|جراء|بسبب|اعقاب|في\\s+اعقاب)"
              + "|after|following|amid|in the wake of|because of)(?![\\p{L}\\p{N}])");

  private CauseOfMove() {}

  /** {@code drafts} of one sentence without the bans by a destination of its moves. */
  static List<Draft> withoutBansByDestinations(String text, List<Draft> drafts) {
    if (drafts.stream().noneMatch(d -> d.rule().type() == RelationType.MIGRATED_TO)) {
      return drafts;
    }
    return drafts.stream().filter(d -> !banByDestination(text, d, drafts)).toList();
  }

  private static boolean banByDestination(String text, Draft ban, List<Draft> drafts) {
    if (ban.rule().type() != RelationType.BANNED_BY
        || ban.objectRef() == null
        || ban.objectRef().end() > ban.triggerStart()) {
      return false;
    }
    boolean destination =
        drafts.stream()
            .anyMatch(
                d ->
                    d.rule().type() == RelationType.MIGRATED_TO
                        && d.object().id().equals(ban.object().id())
                        && d.triggerEnd() <= ban.objectRef().start());
    return destination
        && CAUSE.matcher(text).region(ban.objectRef().end(), ban.triggerStart()).find();
  }
}
