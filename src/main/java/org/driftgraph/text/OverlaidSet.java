package org.driftgraph.text;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A set made of a fixed set that is not copied and the elements added to it since: what the ids of
 * an article's new entities are chosen against, every id of the gazetteer and those chosen so far
 * in the article. Copying the gazetteer's 2,239 ids into a new set per article was 5–8 % of
 * extraction's time (JFR, docs/benchmarks.md, session 17).
 */
public final class OverlaidSet<E> extends AbstractSet<E> {
  private final Set<E> fixed;
  private final Set<E> added = new HashSet<>();

  /** A set that holds {@code fixed}, which must not change while it is in use. */
  public OverlaidSet(Set<E> fixed) {
    this.fixed = fixed;
  }

  @Override
  public boolean contains(Object element) {
    return fixed.contains(element) || added.contains(element);
  }

  @Override
  public boolean add(E element) {
    return !fixed.contains(element) && added.add(element);
  }

  @Override
  public Iterator<E> iterator() {
    return Stream.concat(fixed.stream(), added.stream()).iterator();
  }

  @Override
  public int size() {
    return fixed.size() + added.size();
  }
}
