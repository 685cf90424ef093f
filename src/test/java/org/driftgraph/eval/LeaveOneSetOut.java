package org.driftgraph.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.learned.HashedFeatures;
import org.driftgraph.extract.learned.LearnedFacts;
import org.driftgraph.extract.learned.PairCandidate;
import org.driftgraph.model.ExtractedArticle;

/**
 * The learned relation classifier measured leave-one-set-out (issue 11): for each annotated set, a
 * logistic regression trained on every other set, with its two thresholds chosen by an inner
 * cross-validation over the training sets only (folds of whole sets), then the held-out set scored
 * by the real {@link Scorer} in four modes: the rules alone, rules plus learned facts (recall),
 * rules minus rule facts the model rejects (precision), and both.
 *
 * <p>Run from the worktree after {@code ./mvnw -q -o test-compile}: {@code bench/learned-loso.sh}.
 */
public final class LeaveOneSetOut {
  static final double C = Double.parseDouble(System.getProperty("learned.c", "0.5"));
  static final int INNER_FOLDS = 4;
  static final double[] ADD = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0};
  static final double[] DROP = {0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3};

  private final Extraction extraction;
  private final List<LabelledSet> sets;

  LeaveOneSetOut(Extraction extraction, List<LabelledSet> sets) {
    this.extraction = extraction;
    this.sets = sets;
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    Path root = Path.of(".");
    Extraction extraction = Extraction.load(root.resolve("import"));
    List<LabelledSet> sets = new ArrayList<>();
    for (String[] set : AnnotatedSets.ALL) {
      long t0 = System.nanoTime();
      sets.add(LabelledSet.read(set[0], root.resolve(set[1]), root.resolve(set[2]), extraction));
      LabelledSet read = sets.get(sets.size() - 1);
      long positives =
          read.documents().stream()
              .flatMap(d -> d.examples().stream())
              .filter(e -> e.label() == 1)
              .count();
      long all = read.documents().stream().mapToLong(d -> d.examples().size()).sum();
      out.printf(
          "read %-9s %5d candidates, %4d positive (%.0f s)%n",
          set[0], all, positives, (System.nanoTime() - t0) / 1e9);
    }
    List<String> heldOut = args.length > 0 ? List.of(args) : AnnotatedSets.names();
    new LeaveOneSetOut(extraction, sets).run(heldOut, out);
  }

  void run(List<String> heldOutNames, PrintStream out) {
    Linear.setDebugOutput(null);
    out.printf("%-9s %-10s %5s %5s %5s  %s%n", "set", "mode", "P", "R", "F1", "thresholds");
    Map<String, Metrics[]> table = new LinkedHashMap<>();
    for (String name : heldOutNames) {
      LabelledSet heldOut =
          sets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
      List<LabelledSet> training = sets.stream().filter(s -> s != heldOut).toList();
      Map<LabelledSet.Example, Double> oracle = oracle(heldOut);
      Metrics addCeiling = score(heldOut, oracle, new LearnedFacts(0.5, 0.0));
      Metrics dropCeiling = score(heldOut, oracle, new LearnedFacts(2.0, 0.5));
      out.printf(
          "%-9s %-10s %.3f %.3f %.3f  (gold labels as probabilities: what the candidates allow)%n",
          name, "ceil+", addCeiling.precision(), addCeiling.recall(), addCeiling.f1());
      out.printf(
          "%-9s %-10s %.3f %.3f %.3f%n",
          name, "ceil-", dropCeiling.precision(), dropCeiling.recall(), dropCeiling.f1());
      if (Boolean.getBoolean("learned.ceilingOnly")) {
        continue;
      }
      double[] thresholds = innerThresholds(training);
      Map<LabelledSet.Example, Double> probabilities = predict(train(training), List.of(heldOut));
      Metrics[] modes = {
        score(heldOut, probabilities, new LearnedFacts(2.0, 0.0)),
        score(heldOut, probabilities, new LearnedFacts(thresholds[0], 0.0)),
        score(heldOut, probabilities, new LearnedFacts(2.0, thresholds[1])),
        score(heldOut, probabilities, new LearnedFacts(thresholds[0], thresholds[1]))
      };
      table.put(name, modes);
      String[] labels = {"rules", "+learned", "-rejected", "both"};
      for (int m = 0; m < modes.length; m++) {
        out.printf(
            "%-9s %-10s %.3f %.3f %.3f  add>=%.2f drop<%.2f%n",
            name,
            labels[m],
            modes[m].precision(),
            modes[m].recall(),
            modes[m].f1(),
            thresholds[0],
            thresholds[1]);
      }
      out.flush();
    }
    String[] labels = {"rules", "+learned", "-rejected", "both"};
    for (int m = 0; m < labels.length && !table.isEmpty(); m++) {
      int mode = m;
      double meanF1 = table.values().stream().mapToDouble(ms -> ms[mode].f1()).average().orElse(0);
      Metrics micro =
          table.values().stream().map(ms -> ms[mode]).reduce(Metrics.NONE, Metrics::plus);
      out.printf(
          "mean F1 %-10s %.3f   micro P/R/F1 %.3f/%.3f/%.3f%n",
          labels[m], meanF1, micro.precision(), micro.recall(), micro.f1());
    }
  }

  /** {add, drop} that maximise the training sets' summed F1 under out-of-fold probabilities. */
  double[] innerThresholds(List<LabelledSet> training) {
    Map<LabelledSet.Example, Double> outOfFold = new IdentityHashMap<>();
    for (int fold = 0; fold < INNER_FOLDS; fold++) {
      List<LabelledSet> in = new ArrayList<>();
      List<LabelledSet> out = new ArrayList<>();
      for (int i = 0; i < training.size(); i++) {
        (i % INNER_FOLDS == fold ? out : in).add(training.get(i));
      }
      outOfFold.putAll(predict(train(in), out));
    }
    double bestAdd = 2.0;
    double bestF1 = -1;
    for (double add : ADD) {
      double f1 = summed(training, outOfFold, new LearnedFacts(add, 0.0)).f1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        bestAdd = add;
      }
    }
    double bestDrop = 0.0;
    bestF1 = -1;
    for (double drop : DROP) {
      double f1 = summed(training, outOfFold, new LearnedFacts(2.0, drop)).f1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        bestDrop = drop;
      }
    }
    return new double[] {bestAdd, bestDrop};
  }

  private Metrics summed(
      List<LabelledSet> training,
      Map<LabelledSet.Example, Double> probabilities,
      LearnedFacts facts) {
    return training.stream()
        .map(set -> score(set, probabilities, facts))
        .reduce(Metrics.NONE, Metrics::plus);
  }

  Metrics score(
      LabelledSet set, Map<LabelledSet.Example, Double> probabilities, LearnedFacts facts) {
    Map<String, ExtractedArticle> replaced = new LinkedHashMap<>();
    for (LabelledSet.Document document : set.documents()) {
      List<PairCandidate> candidates = new ArrayList<>();
      double[] p = new double[document.examples().size()];
      for (int i = 0; i < p.length; i++) {
        LabelledSet.Example example = document.examples().get(i);
        candidates.add(example.candidate());
        p[i] = probabilities.get(example);
      }
      ExtractedArticle changed = facts.apply(document.article(), candidates, p);
      set.predictions()
          .forEach(
              (file, article) -> {
                if (article == document.article()) {
                  replaced.put(file, changed);
                }
              });
    }
    return set.score(replaced, extraction);
  }

  /** Every candidate's gold label as its probability: the best any classifier could do. */
  static Map<LabelledSet.Example, Double> oracle(LabelledSet set) {
    Map<LabelledSet.Example, Double> probabilities = new IdentityHashMap<>();
    set.documents().stream()
        .flatMap(document -> document.examples().stream())
        .forEach(example -> probabilities.put(example, example.label() == 1 ? 1.0 : 0.0));
    return probabilities;
  }

  static Model train(List<LabelledSet> training) {
    List<Feature[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (LabelledSet set : training) {
      for (LabelledSet.Document document : set.documents()) {
        for (LabelledSet.Example example : document.examples()) {
          if (example.label() >= 0) {
            x.add(nodes(example.features()));
            y.add((double) example.label());
          }
        }
      }
    }
    Problem problem = new Problem();
    problem.l = x.size();
    problem.n = HashedFeatures.DIMENSION;
    problem.x = x.toArray(new Feature[0][]);
    problem.y = y.stream().mapToDouble(Double::doubleValue).toArray();
    problem.bias = -1;
    Linear.resetRandom();
    return Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 0.001));
  }

  static Map<LabelledSet.Example, Double> predict(Model model, List<LabelledSet> sets) {
    Map<LabelledSet.Example, Double> probabilities = new IdentityHashMap<>();
    int positive = model.getLabels()[0] == 1 ? 0 : 1;
    double[] p = new double[2];
    for (LabelledSet set : sets) {
      for (LabelledSet.Document document : set.documents()) {
        for (LabelledSet.Example example : document.examples()) {
          Linear.predictProbability(model, nodes(example.features()), p);
          probabilities.put(example, p[positive]);
        }
      }
    }
    return probabilities;
  }

  private static Feature[] nodes(int[] indices) {
    Feature[] nodes = new Feature[indices.length];
    for (int i = 0; i < indices.length; i++) {
      nodes[i] = new FeatureNode(indices[i], 1.0);
    }
    return nodes;
  }
}
