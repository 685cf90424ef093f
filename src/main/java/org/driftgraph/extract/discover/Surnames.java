package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;

/**
 * Later mentions of a person by the surname alone ("Tommy Robinson ... Robinson was banned"): news
 * names a person in full once and by the last name after. Only Latin names of two or more
 * capitalised words count, only after the first full mention, and only when the surname is
 * unambiguous in the article: no other entity mentioned there has a name word equal to it.
 */
public final class Surnames {
  private static final Pattern FULL_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|al|el|bin|de|van|von))+");

  private Surnames() {}

  /** The surname mentions to add to {@code mentions} (sorted by offset) in {@code text}. */
  public static List<Mention> find(
      String text, List<Mention> mentions, Map<String, Entity> entities) {
    Map<String, String> owner = new HashMap<>();
    Map<String, Integer> firstEnd = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Mention mention : mentions) {
      Entity entity = entities.get(mention.entityId());
      String[] words = mention.surface().split("\\s+");
      boolean person =
          entity != null
              && entity.type() == EntityType.ACTOR
              && "person".equals(entity.kind())
              && FULL_NAME.matcher(mention.surface()).matches();
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        String previous = owner.putIfAbsent(word, mention.entityId());
        if (previous != null && !previous.equals(mention.entityId())) {
          ambiguous.add(word);
        }
        if (!(person && w == words.length - 1)) {
          ambiguous.add(word);
        }
      }
      if (person) {
        firstEnd.merge(words[words.length - 1], mention.end(), Math::min);
      }
    }
    boolean[] covered = new boolean[text.length()];
    mentions.forEach(m -> java.util.Arrays.fill(covered, m.start(), m.end(), true));
    List<Mention> found = new ArrayList<>();
    for (Map.Entry<String, Integer> surname : firstEnd.entrySet()) {
      String word = surname.getKey();
      if (ambiguous.contains(word) || word.length() < 3) {
        continue;
      }
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
              .matcher(text);
      m.region(surname.getValue(), text.length());
      while (m.find()) {
        if (!covered[m.start()] && !covered[m.end() - 1]) {
          found.add(new Mention(owner.get(word), m.start(), m.end(), word));
        }
      }
    }
    return found;
  }
}
