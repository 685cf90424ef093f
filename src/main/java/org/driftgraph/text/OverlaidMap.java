package org.driftgraph.text;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map made of a fixed map that is not copied and the entries put into it since, which come first:
 * the entities an article's mentions refer to, the gazetteer's by id and the ones the article's
 * discovery made. Copying the gazetteer's 2,239 entities into a new map per article was 2–3 % of
 * extraction's time (JFR, docs/benchmarks.md, session 17).
 */
public final class OverlaidMap<K, V> extends AbstractMap<K, V> {
  private final Map<K, V> fixed;
  private final Map<K, V> added = new HashMap<>();

  /** A map that holds {@code fixed}, which must not change while it is in use. */
  public OverlaidMap(Map<K, V> fixed) {
    this.fixed = fixed;
  }

  @Override
  public V get(Object key) {
    return added.containsKey(key) ? added.get(key) : fixed.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return added.containsKey(key) || fixed.containsKey(key);
  }

  @Override
  public V put(K key, V value) {
    V before = get(key);
    added.put(key, value);
    return before;
  }

  /** A copy of the entries, read-only: only iteration needs it. */
  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    Map<K, V> all = new LinkedHashMap<>(fixed);
    all.putAll(added);
    return Collections.unmodifiableSet(all.entrySet());
  }
}
