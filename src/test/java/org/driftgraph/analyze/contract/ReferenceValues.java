package org.driftgraph.analyze.contract;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.CentralityAlgorithm;

/**
 * Centrality on the reference graph ({@code analyze/fixtures/reference.cypher}), worked out by hand
 * from the GDS definitions (ISSUE 4: PageRank normalised by its sum; betweenness on the undirected
 * graph counts each unordered pair once; closeness = reachable nodes / sum of distances). Rows are
 * listed in rank order: score descending, then id.
 *
 * <p>The facts projection, read undirected (I isis, N nashir-news-agency, T telegram, M tamtam, O
 * odnoklassniki, G mail-ru-group, E europol, H hoop, R riot, L london-bridge-attack-2019, W
 * twitter): I-T I-M I-H I-R I-E I-N N-M N-T N-L M-O M-G O-G; W has no fact. ISIS and Telegram share
 * three facts (MIGRATED_TO, BANNED_BY, ANNOUNCED_ON), Nashir and TamTam three: one edge each.
 * Directed, the facts form a DAG: N->{I,M,T,L}, I->{T,M,H,R,E}, M->{O,G}, O->G.
 *
 * <p>The platforms projection is DISPLACED_TO from the MIGRATED_TO origins: twitter->telegram
 * (r01), telegram->tamtam (r04, r06, r13, r14), tamtam->hoop (r17), a path of four; riot and
 * odnoklassniki are isolated.
 */
final class ReferenceValues {
  private ReferenceValues() {}

  static List<Map.Entry<String, Double>> facts(CentralityAlgorithm algorithm) {
    return switch (algorithm) {
      case PAGERANK -> factsPageRank();
      // Distinct neighbours in the list above.
      case DEGREE ->
          List.of(
              entry("isis", 6.0),
              entry("nashir-news-agency", 4.0),
              entry("tamtam", 4.0),
              entry("mail-ru-group", 2.0),
              entry("odnoklassniki", 2.0),
              entry("telegram", 2.0),
              entry("europol", 1.0),
              entry("hoop", 1.0),
              entry("london-bridge-attack-2019", 1.0),
              entry("riot", 1.0),
              entry("twitter", 0.0));
      // Unordered pairs {s,t} whose shortest paths run through v, each weighted by the share of
      // shortest paths through v. I: {H,R,E} among themselves 3, {H,R,E} x {N,T,M,L,O,G} 18, and
      // T to M, O, G each have two shortest paths (via I or via N): 3 x 1/2; 3 + 18 + 1.5 = 22.5.
      // M: {O,G} x {I,N,T,H,R,E,L} = 14. N: L x the 8 others beyond N = 8, plus the three halves
      // from T: 9.5. Every other node lies inside no shortest path.
      case BETWEENNESS ->
          List.of(
              entry("isis", 22.5),
              entry("tamtam", 14.0),
              entry("nashir-news-agency", 9.5),
              entry("europol", 0.0),
              entry("hoop", 0.0),
              entry("london-bridge-attack-2019", 0.0),
              entry("mail-ru-group", 0.0),
              entry("odnoklassniki", 0.0),
              entry("riot", 0.0),
              entry("telegram", 0.0),
              entry("twitter", 0.0));
      // Nine reachable nodes from each node of the component; distance sums:
      // I: 6x1 + 3x2 (L,O,G) = 12; N: 4x1 + 5x2 = 14; M: 4x1 (I,N,O,G) + 5x2 = 14;
      // T: 2x1 + 5x2 + 2x3 (O,G) = 18; H,R,E: 1 + 5x2 + 3x3 = 20; O,G: 2x1 + 2x2 (I,N) + 5x3 = 21;
      // L: 1 + 3x2 + 5x3 = 22. W reaches nothing: 0.
      case CLOSENESS ->
          List.of(
              entry("isis", 9.0 / 12),
              entry("nashir-news-agency", 9.0 / 14),
              entry("tamtam", 9.0 / 14),
              entry("telegram", 9.0 / 18),
              entry("europol", 9.0 / 20),
              entry("hoop", 9.0 / 20),
              entry("riot", 9.0 / 20),
              entry("mail-ru-group", 9.0 / 21),
              entry("odnoklassniki", 9.0 / 21),
              entry("london-bridge-attack-2019", 9.0 / 22),
              entry("twitter", 0.0));
      // The principal eigenvector x (A x = lambda x, unit length). By symmetry H = R = E and
      // O = G; the equations are lambda*I = T + M + N + 3H, lambda*N = I + T + M + L,
      // lambda*M = I + N + 2O, lambda*T = I + N, lambda*H = I, lambda*L = N, lambda*O = M + O.
      // Their largest root is lambda = 3.174779 (to 6 decimals); the vector below solves them to
      // 1e-9 (checked by substitution). W, outside the component, has 0.
      case EIGENVECTOR ->
          List.of(
              entry("isis", 0.546687508),
              entry("nashir-news-agency", 0.457461559),
              entry("tamtam", 0.445270151),
              entry("telegram", 0.316289412),
              entry("mail-ru-group", 0.204742688),
              entry("odnoklassniki", 0.204742688),
              entry("europol", 0.172197014),
              entry("hoop", 0.172197014),
              entry("riot", 0.172197014),
              entry("london-bridge-attack-2019", 0.144092399),
              entry("twitter", 0.0));
    };
  }

  /**
   * GDS PageRank: PR(v) = 0.15 + 0.85 * sum of PR(u)/outdeg(u) over the facts u -> v. On a DAG each
   * value follows from those before it; then every value is divided by the sum.
   */
  private static List<Map.Entry<String, Double>> factsPageRank() {
    double nashir = 0.15;
    double twitter = 0.15;
    double isis = 0.15 + 0.85 * (nashir / 4); // 0.181875
    double london = isis; // Nashir's fourth fact
    double telegram = 0.15 + 0.85 * (isis / 5 + nashir / 4); // 0.21279375
    double tamtam = telegram;
    double europol = 0.15 + 0.85 * (isis / 5); // 0.18091875, and hoop, riot alike
    double odnoklassniki = 0.15 + 0.85 * (tamtam / 2); // 0.24043734375
    double mailRu = 0.15 + 0.85 * (tamtam / 2 + odnoklassniki); // 0.4448090859375
    double sum =
        nashir
            + twitter
            + isis
            + london
            + telegram
            + tamtam
            + 3 * europol
            + odnoklassniki
            + mailRu; // 2.3173401796875
    return List.of(
        entry("mail-ru-group", mailRu / sum),
        entry("odnoklassniki", odnoklassniki / sum),
        entry("tamtam", tamtam / sum),
        entry("telegram", telegram / sum),
        entry("isis", isis / sum),
        entry("london-bridge-attack-2019", london / sum),
        entry("europol", europol / sum),
        entry("hoop", europol / sum),
        entry("riot", europol / sum),
        entry("nashir-news-agency", nashir / sum),
        entry("twitter", twitter / sum));
  }

  static List<Map.Entry<String, Double>> platforms(CentralityAlgorithm algorithm) {
    return switch (algorithm) {
      case PAGERANK -> platformsPageRank();
      case DEGREE ->
          List.of(
              entry("tamtam", 2.0),
              entry("telegram", 2.0),
              entry("hoop", 1.0),
              entry("twitter", 1.0),
              entry("odnoklassniki", 0.0),
              entry("riot", 0.0));
      // On the path twitter-telegram-tamtam-hoop, telegram lies between twitter and {tamtam, hoop}.
      case BETWEENNESS ->
          List.of(
              entry("tamtam", 2.0),
              entry("telegram", 2.0),
              entry("hoop", 0.0),
              entry("odnoklassniki", 0.0),
              entry("riot", 0.0),
              entry("twitter", 0.0));
      // Ends: 3 / (1 + 2 + 3); inner nodes: 3 / (1 + 1 + 2); isolated nodes: 0.
      case CLOSENESS ->
          List.of(
              entry("tamtam", 0.75),
              entry("telegram", 0.75),
              entry("hoop", 0.5),
              entry("twitter", 0.5),
              entry("odnoklassniki", 0.0),
              entry("riot", 0.0));
      // The path graph on four nodes, the published example of networkx.eigenvector_centrality
      // (path_graph(4): 0.37, 0.60, 0.60, 0.37): its principal eigenvector is (1, phi, phi, 1)
      // with the golden ratio phi (lambda = phi), over its length sqrt(2 + 2 phi^2).
      case EIGENVECTOR -> platformsEigenvector();
    };
  }

  /** twitter -> telegram -> tamtam -> hoop: each PR is 0.15 + 0.85 * the one before. */
  private static List<Map.Entry<String, Double>> platformsPageRank() {
    double twitter = 0.15;
    double telegram = 0.15 + 0.85 * twitter; // 0.2775
    double tamtam = 0.15 + 0.85 * telegram; // 0.385875
    double hoop = 0.15 + 0.85 * tamtam; // 0.47799375
    double isolated = 0.15; // riot, odnoklassniki
    double sum = twitter + telegram + tamtam + hoop + 2 * isolated; // 1.59136875
    return List.of(
        entry("hoop", hoop / sum),
        entry("tamtam", tamtam / sum),
        entry("telegram", telegram / sum),
        entry("odnoklassniki", isolated / sum),
        entry("riot", isolated / sum),
        entry("twitter", twitter / sum));
  }

  private static List<Map.Entry<String, Double>> platformsEigenvector() {
    double phi = (1 + Math.sqrt(5)) / 2;
    double length = Math.sqrt(2 + 2 * phi * phi);
    return List.of(
        entry("tamtam", phi / length),
        entry("telegram", phi / length),
        entry("hoop", 1 / length),
        entry("twitter", 1 / length),
        entry("odnoklassniki", 0.0),
        entry("riot", 0.0));
  }
}
