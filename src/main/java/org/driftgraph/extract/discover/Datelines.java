package org.driftgraph.extract.discover;

import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.model.Mention;

/**
 * The credit line of a wire story: "WASHINGTON (Wire) —", "MAPUTO/LONDON (Reuters) -". The name in
 * its brackets is the news service that filed the story, not something the story is about, and a
 * short platform name there ("Wire") is no mention at all.
 */
public final class Datelines {
  /** A line's start: place names in capitals, then the bracket, then a dash. */
  private static final Pattern PLACE =
      Pattern.compile("(?:^|\\n)[ \\t]*[\\p{Lu}][\\p{Lu} ./,'-]*[ \\t]*\\($");

  private static final Pattern DASH = Pattern.compile("^\\)[ \\t]*[—–-]");

  private Datelines() {}

  /** {@code mentions} without those that fill the bracket of a dateline. */
  public static List<Mention> withoutCredits(String text, List<Mention> mentions) {
    return mentions.stream().filter(m -> !isCredit(text, m)).toList();
  }

  private static boolean isCredit(String text, Mention mention) {
    int lineStart = Math.max(0, text.lastIndexOf('\n', mention.start() - 1));
    return PLACE.matcher(text.substring(lineStart, mention.start())).find()
        && DASH.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 4)))
            .find();
  }
}
