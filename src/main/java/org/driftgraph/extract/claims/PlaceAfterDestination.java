package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Predicate;
import org.driftgraph.model.EntityType;

/**
 * A platform after a move's destination, introduced by a place word with no joiner between them, is
 * where the move was told, not a second destination: "announced the move to Ylilauta on Telegram",
 * "announced the move to Transistor the next day on X". A second destination is listed ("to Gab and
 * Telegram", "to X and on Y"), so an and-word, an or-word or a clause break between the two keeps
 * the reading of before; so does a platform left ("from Facebook onto Telegram").
 */
final class PlaceAfterDestination {
  /** At most this many words between the destination and the place word's platform. */
  private static final int REACH_WORDS = 4;

  private PlaceAfterDestination() {}

  /** The name is the place of a platform named as the destination just before it. */
  static boolean placeOfTheTelling(Trigger trigger, Ref ref, Predicate<Ref> destination) {
    if (ref.start() < trigger.end() || ref.entity().type() != EntityType.PLATFORM) {
      return false;
    }
    String text = trigger.text();
    return trigger.namesInSentence().stream()
        .filter(
            r ->
                r.start() >= trigger.end()
                    && r.end() <= ref.start()
                    && r.entity().type() == EntityType.PLATFORM)
        .max(Comparator.comparingInt(Ref::end))
        .filter(
            previous -> {
              String between = text.substring(previous.end(), ref.start());
              return trigger.wordsBetween(previous.end(), ref.start()) <= REACH_WORDS
                  && !Trigger.CLAUSE_BREAK.matcher(between).find()
                  && !joined(trigger, between)
                  && region(trigger.cues().placeMarkers(), text, previous.end(), ref.start()).find()
                  && !region(trigger.cues().fromMarkers(), text, trigger.end(), previous.start())
                      .find()
                  && destination.test(previous);
            })
        .isPresent();
  }

  private static boolean joined(Trigger trigger, String between) {
    return Arrays.stream(between.trim().split("\\s+"))
        .anyMatch(
            w ->
                trigger.cues().andWords().contains(w)
                    || trigger.cues().orWords().contains(w)
                    || trigger.cues().attachedAndWords().stream().anyMatch(w::startsWith));
  }
}
