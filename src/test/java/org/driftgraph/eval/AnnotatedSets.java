package org.driftgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The annotated sets as {@code tools/evalall.sh} scores them: name, gold file, corpus folder. */
final class AnnotatedSets {
  static final List<String[]> ALL = all();

  private AnnotatedSets() {}

  static List<String> names() {
    return ALL.stream().map(set -> set[0]).toList();
  }

  private static List<String[]> all() {
    List<String[]> sets = new ArrayList<>();
    sets.add(new String[] {"seeds", "../shared/eval/seeds-gold.json", "../shared/corpus/seeds"});
    sets.add(new String[] {"sample", "import/gold/sample-gold.json", "import/articles"});
    List<String> named = new ArrayList<>(Arrays.asList("heldout", "heldout2", "dev4"));
    for (int i = 3; i <= 14; i++) {
      named.add("blind" + i);
    }
    for (String name : named) {
      String dir = "src/test/resources/" + name + "/";
      sets.add(new String[] {name, dir + name + "-gold.json", dir + "articles"});
    }
    return List.copyOf(sets);
  }
}
