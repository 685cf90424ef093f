package org.driftgraph.eval;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The annotation of one article.
 *
 * @param file the article's file name as the corpus reader records it (usually the bare name)
 * @param published the date the article itself states, or null
 * @param mentions entity ids the article names: each must be recognised
 * @param optionalMentions entity ids neither required nor counted as errors
 * @param relations what the article states: each must be found
 * @param optionalRelations defensible readings neither required nor counted as errors
 */
public record GoldDocument(
    String file,
    String language,
    String published,
    Set<String> mentions,
    Set<String> optionalMentions,
    List<GoldRelation> relations,
    List<GoldRelation> optionalRelations) {

  public GoldDocument {
    Objects.requireNonNull(file, "file");
    mentions = Collections.unmodifiableSet(new LinkedHashSet<>(mentions));
    optionalMentions = Collections.unmodifiableSet(new LinkedHashSet<>(optionalMentions));
    relations = List.copyOf(relations);
    optionalRelations = List.copyOf(optionalRelations);
  }
}
