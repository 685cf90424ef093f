package org.driftgraph.model;

/**
 * One occurrence of an entity name in an article.
 *
 * @param start offset of the first character of the name in the original article text
 * @param end offset just past the name (clitics such as و or ال before it are not included)
 * @param surface the text between start and end, as written
 */
public record Mention(String entityId, int start, int end, String surface) {
  public Mention {
    Ids.requireSlug("mentioned entity id", entityId);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "mention of " + entityId + " has bad offsets [" + start + ", " + end + ")");
    }
    Ids.requireText("surface of mention of " + entityId, surface);
    if (surface.length() != end - start) {
      throw new IllegalArgumentException(
          "surface '"
              + surface
              + "' of "
              + entityId
              + " does not span ["
              + start
              + ", "
              + end
              + ")");
    }
  }
}
