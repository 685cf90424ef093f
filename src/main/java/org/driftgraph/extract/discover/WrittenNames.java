package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * Names whose written form types them (issue 11, round 10), with no cue word around them: a
 * subreddit "r/Name" is a community (Actor group, as the annotated sets count a group's forum), a
 * capitalised domain "Name.win", "Name.social" is a site (a Platform). Only names with a capital
 * letter: "r/gore" and "example.com" name a topic or an address more often than a community or a
 * site the story is about. Gazetteer names of the same shape (Gab.com, Cozy.tv) stay known
 * mentions.
 */
final class WrittenNames {
  /** "r/Name": not inside a path or a longer word. */
  private static final Pattern SUBREDDIT =
      Pattern.compile("(?<![\\p{L}\\p{N}/.])r/([\\p{L}\\p{N}_]{3,21})(?![\\p{L}\\p{N}_/])");

  /** A capitalised domain of the top-level names that sites of the field use. */
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.@:_-])\\p{Lu}[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]"
              + "\\.(?:win|com|org|net|tv|io|me|social|chat|app|live)"
              + "(?![\\p{L}\\p{N}/_]|\\.[\\p{L}\\p{N}])");

  /** The key (lower-case) of a subreddit's name: no address, although it holds a slash. */
  private static final Pattern SUBREDDIT_KEY = Pattern.compile("r/[\\p{L}\\p{N}_]+");

  private static final Cue COMMUNITY =
      new Cue("en", "subreddit", EntityType.ACTOR, "group", Cue.Reads.NAME);
  private static final Cue SITE = new Cue("en", "site", EntityType.PLATFORM, null, Cue.Reads.NAME);

  private WrittenNames() {}

  static List<Candidate> find(TokenizedText text) {
    List<Candidate> found = new ArrayList<>();
    Matcher subreddit = SUBREDDIT.matcher(text.text());
    while (subreddit.find()) {
      if (subreddit.group(1).chars().anyMatch(Character::isUpperCase)) {
        found.add(Candidate.of(subreddit.start(), subreddit.end(), COMMUNITY));
      }
    }
    Matcher domain = DOMAIN.matcher(text.text());
    while (domain.find()) {
      found.add(Candidate.of(domain.start(), domain.end(), SITE));
    }
    return found;
  }

  /** A subreddit's name, which holds a slash but is no address. */
  static boolean isSubreddit(String key) {
    return SUBREDDIT_KEY.matcher(key).matches();
  }
}
