package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.driftgraph.eval.Evaluation;
import org.driftgraph.eval.Evaluator;
import org.driftgraph.eval.GoldFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor on the project's own annotated sets, each with floors a little under what the rules
 * reach on it, so that a rule that stops generalising fails the build. Every set here has been
 * tuned on; quality on unseen news is measured on a blind set, once, not here.
 */
class AnnotatedSetFloorsTest {
  private static final Path RESOURCES = Path.of("src", "test", "resources");

  /**
   * One annotated set and its floors.
   *
   * @param folder under src/test/resources, holding {@code articles/} and the gold file
   */
  record AnnotatedSet(
      String name,
      String folder,
      String gold,
      double mentionPrecision,
      double mentionF1,
      double relationPrecision,
      double relationF1) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<AnnotatedSet> sets() {
    return Stream.of(
        // Ten articles on Parler, Gab, 8chan, the Proud Boys, The Base, Hoop...; tuned on after a
        // first blind run at relations F1 0.42.
        new AnnotatedSet("held-out 1", "heldout", "heldout-gold.json", 0.951, 0.96, 0.926, 0.936),
        // Ten articles on al-Shabaab, AQAP, Amaq, Hamas channels, Christchurch, Halle; blind at F1
        // 0.61, tuned on in issue 11, whose bar for it is relations at least 0.75.
        new AnnotatedSet("held-out 2", "heldout2", "heldout2-gold.json", 0.99, 0.984, 0.847, 0.811),
        // 24 articles (12 ar, 12 en) on militias, state-linked operations, far-right movements and
        // persons, written and annotated without sight of the rules, used to develop them
        // (relations P 0.86, F1 0.75 after the second and third rounds of issue 11; P 0.87, F1 0.78
        // and mentions F1 0.97 after the fourth: actors, Arabic and English statements).
        new AnnotatedSet("development 4", "dev4", "dev4-gold.json", 0.982, 0.973, 0.878, 0.795),
        // 24 articles (12 ar, 12 en) written and annotated without sight of the rules and measured
        // once, blind, at the end of issue 11's work (main 796498f): relations P 0.72, R 0.46, F1
        // 0.56; mentions P 0.98, F1 0.89. After that single measurement it became a development
        // set, as held-out 2 did (a new blind set took its place): relations P 0.81, F1 0.74 and
        // mentions F1 0.97 after the fourth round.
        new AnnotatedSet(
            "blind 3 (measured)", "blind3", "blind3-gold.json", 0.979, 0.969, 0.843, 0.782),
        // 24 articles (12 ar, 12 en) written and annotated by sessions that never saw the rules and
        // measured once, blind, at the end of the fourth round (main a9c0c18): relations P 0.51,
        // R 0.32, F1 0.40; mentions P 0.94, F1 0.88. The floors guard that measurement (less a
        // margin). A development set since: relations P 0.72, R 0.60, F1 0.65 after round 6
        // (d51ef5d); relations P 0.74, F1 0.69 after round 8 (e152e4e); P 0.757, R 0.677, F1 0.715
        // after round 13.
        new AnnotatedSet(
            "blind 4 (measured)", "blind4", "blind4-gold.json", 0.961, 0.966, 0.777, 0.725),
        // Blind set 5: 24 articles written and annotated by two sessions that never saw the
        // rules, measured once, blind, at the end of the sixth round (main 78535fe): relations
        // P 0.50, R 0.34, F1 0.40; mentions P 0.97, F1 0.87. Since tuned on in the seventh round
        // (main c41d18d: relations P 0.72, F1 0.62; mentions P 0.98, F1 0.93) and the eighth
        // (e152e4e: relations P 0.73, F1 0.63; mentions F1 0.94) and the ninth (c08d5f4:
        // relations P 0.744, F1 0.659; mentions P 0.982, F1 0.938) and the eleventh (75d63a9:
        // relations P 0.759, F1 0.678; mentions P 0.985, F1 0.953).
        new AnnotatedSet(
            "blind 5 (measured)", "blind5", "blind5-gold.json", 0.975, 0.959, 0.788, 0.717),
        // Blind set 6: 24 articles written and annotated by two sessions that never saw the
        // rules, measured once, blind, at the end of the seventh round (main c41d18d): relations
        // P 0.585, R 0.374, F1 0.456; mentions P 0.977, F1 0.913. The floors guard that
        // measurement. Tuned on in round 8 (e152e4e): relations P 0.75, R 0.63, F1 0.68; mentions
        // P 0.997, F1 0.974.
        new AnnotatedSet(
            "blind 6 (measured)", "blind6", "blind6-gold.json", 0.981, 0.974, 0.804, 0.725),
        // Blind set 7: 24 articles written and annotated by two sessions that never saw the
        // rules, measured once, blind, at the end of the eighth round (main e152e4e): relations
        // P 0.573, R 0.332, F1 0.420; mentions P 0.965, F1 0.900. The floors guard that
        // measurement, less a margin; a development set since. Tuned on in round 9 (c08d5f4):
        // relations P 0.772, R 0.537, F1 0.634; mentions P 0.980, F1 0.927; round 11 (75d63a9):
        // relations P 0.769, R 0.575, F1 0.658; mentions P 0.981, F1 0.954.
        new AnnotatedSet(
            "blind 7 (measured)", "blind7", "blind7-gold.json", 0.97, 0.957, 0.79, 0.672),
        // Blind set 8: 24 articles written and annotated by two sessions that never saw the
        // rules, measured once, blind, at the end of the ninth round (main c08d5f4): relations
        // P 0.463, R 0.286, F1 0.353; mentions P 0.957, F1 0.889. The floors guard that
        // measurement, less a margin; a development set from now on. Tuned on in round 10
        // (English subjects and modality, Arabic spelling variants and moves, name discovery):
        // relations P 0.659, R 0.526, F1 0.585; mentions P 0.963, F1 0.929; round 11 (main
        // 75d63a9): relations P 0.681, R 0.597, F1 0.637; mentions P 0.971, F1 0.954; round 13:
        // relations P 0.709, R 0.617, F1 0.660; round 14 (with prec14b's opinions, habits and
        // "cannot"): relations P 0.760, R 0.617, F1 0.681. Issue 11 asks for precision 0.75.
        new AnnotatedSet(
            "blind 8 (measured)", "blind8", "blind8-gold.json", 0.961, 0.958, 0.77, 0.683),
        // Blind set 9: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the tenth round (main f537d71):
        // relations P 0.505, R 0.249, F1 0.333; mentions P 0.941, F1 0.831. A development set
        // since. Tuned on in round 11 (names typed by slot, field heads, Arabic unit heads, the
        // field's actors and platforms in the gazetteer, appositions and rumours; main 75d63a9):
        // relations P 0.677, R 0.455, F1 0.544; mentions P 0.965, F1 0.940. Round 12 (all five
        // branches merged, a82d052): relations P 0.684, R 0.481, F1 0.565; mentions P 0.961, F1
        // 0.940. Round 13: relations P 0.694, R 0.492, F1 0.576. Round 14 (with prec14b): relations
        // P 0.756, R 0.492, F1 0.596. Issue 11 asks for precision 0.75.
        new AnnotatedSet(
            "blind 9 (measured)", "blind9", "blind9-gold.json", 0.95, 0.935, 0.761, 0.61),
        // Blind set 10: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the eleventh round (main 75d63a9):
        // relations P 0.758, R 0.289, F1 0.418; mentions P 0.950, F1 0.895. A development set
        // since. Tuned on in round 12 (bans as nouns and passives, elided subjects, Arabic
        // described
        // cues and glosses, English discovery, the migration lexicon; a82d052): relations P 0.831,
        // R 0.428, F1 0.565; mentions P 0.957, F1 0.933. Round 14: relations P 0.884, R 0.439, F1
        // 0.587.
        new AnnotatedSet(
            "blind 10 (measured)", "blind10", "blind10-gold.json", 0.948, 0.948, 0.861, 0.632),
        // Blind set 11: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the twelfth round (a82d052):
        // relations P 0.662, R 0.292, F1 0.405; mentions P 0.930, F1 0.894. The floors guard that
        // measurement, less a margin; a development set from now on. Round 13 (all five branches:
        // lexicon and hedges, English names typed by the text, English precision, coordinated
        // places and owner participles, Arabic clause-shaped quotes and story outlets): relations
        // P 0.852, R 0.411, F1 0.554; mentions P 0.937, F1 0.921; floors at the figure less 0.01.
        // Round 14: relations P 0.847, R 0.429, F1 0.569; mentions P 0.947, F1 0.943.
        new AnnotatedSet(
            "blind 11 (measured)", "blind11", "blind11-gold.json", 0.938, 0.951, 0.884, 0.636),
        // Blind set 12: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the thirteenth round (f0be663):
        // relations P 0.736, R 0.366, F1 0.489; mentions P 0.947, F1 0.894. The floors guard that
        // measurement, less a margin; a development set from now on. Round 14 (all five branches:
        // the gazetteer catalogue by class and outlets typed by their description, precision,
        // English lexicon and compound owners, persons named in part, Arabic clitic agreement;
        // 636de32): relations P 0.818, R 0.463, F1 0.591; mentions P 0.956, F1 0.958; floors at
        // the figure less 0.01.
        new AnnotatedSet(
            "blind 12 (measured)", "blind12", "blind12-gold.json", 0.95, 0.955, 0.854, 0.661),
        // Blind set 13: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the fourteenth round (636de32):
        // relations P 0.685, R 0.301, F1 0.418; mentions P 0.948, F1 0.891. The floors guard that
        // measurement, less a margin; a development set from now on.
        // Round 15 (English names by slot and head, the gazetteer by class with romanized Arabic
        // person ids, collectives named by a description, the trigger's own clause, the English
        // and Arabic lexicon; cae1281): relations P 0.832, R 0.476, F1 0.605; mentions P 0.964, F1
        // 0.953. Floors of every set that rose in round 15 at the figure less 0.01.
        new AnnotatedSet(
            "blind 13 (measured)", "blind13", "blind13-gold.json", 0.962, 0.96, 0.834, 0.659),
        // Blind set 14: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the fifteenth round (cae1281):
        // relations P 0.676, R 0.289, F1 0.405; mentions P 0.947, F1 0.901. The floors guard that
        // measurement, less a margin; a development set from now on. Round 16 (described groups
        // and unnamed persons, descriptions named by their head, precision by cause, the lexicon by
        // class, Arabic definite names, the gazetteer's Arabic forms; 7d76aed): relations P 0.743,
        // R 0.434, F1 0.547; mentions P 0.950, F1 0.932. Floors of every set that rose in round 16
        // at the figure less 0.01.
        new AnnotatedSet(
            "blind 14 (measured)", "blind14", "blind14-gold.json", 0.955, 0.946, 0.861, 0.632),
        // Blind set 15: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the sixteenth round (7d76aed):
        // relations P 0.806, R 0.436, F1 0.566; mentions P 0.976, F1 0.945. The floors guard that
        // measurement, less a margin; a development set from now on. Round 17 (dropped subjects
        // and clitics by agreement, the story's main person, persons by their surname and role
        // shape, precision by cause, the gazetteer by class, the lexicon by class; e9a4c0b):
        // relations P 0.891, R 0.541, F1 0.674; mentions P 0.978, F1 0.968. Floors of every set
        // that rose in round 17 at the figure less 0.01.
        new AnnotatedSet(
            "blind 15 (measured)", "blind15", "blind15-gold.json", 0.975, 0.967, 0.889, 0.703),
        // Blind set 16: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the seventeenth round (e9a4c0b):
        // relations P 0.600, R 0.302, F1 0.401; mentions P 0.969, F1 0.916. The floors guard that
        // measurement, less a margin; a development set from now on. Two fixes after it (a unit
        // noun
        // after defined initials types an agency's unit; a polar question asserts nothing):
        // relations
        // P 0.663, R 0.312, F1 0.424; floors at the figure less 0.01. Round 18 (English names by
        // the owner slot, Arabic persons by role and link particles, precision by cause, Arabic
        // descriptions of self-named networks, English collective actors, the lexicon by class,
        // the gazetteer by class; 3782528): relations P 0.812, R 0.481, F1 0.605; mentions P 0.978,
        // F1 0.960. Floors of every set that rose in round 18 at the figure less 0.01.
        new AnnotatedSet(
            "blind 16 (measured)", "blind16", "blind16-gold.json", 0.968, 0.953, 0.83, 0.639),
        // Blind set 17: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the eighteenth round (3782528):
        // relations P 0.721, R 0.436, F1 0.543; mentions P 0.928, F1 0.902. The floors guard that
        // measurement, less a margin; a development set from now on. After it (English
        // descriptions for a body introduced with their noun; possessive arms over a list; denials
        // naming the claimant; legal forms with a slash; flagging reports): relations P 0.784, R
        // 0.450, F1 0.572; mentions P 0.932, F1 0.907; floors at the figure less 0.01. Round 19
        // (English agents and the story's person, Arabic story sites, names outside the gazetteer
        // by class, ownership in long appositions, referrers and affiliated names, the gazetteer by
        // class; 9f783fe): relations P 0.864, R 0.599, F1 0.708; mentions P 0.943, F1 0.952.
        new AnnotatedSet(
            "blind 17 (measured)", "blind17", "blind17-gold.json", 0.933, 0.942, 0.854, 0.697),
        // Blind set 18: 24 articles (12 ar, 12 en) written and annotated by two sessions that never
        // saw the rules, measured once, blind, at the end of the nineteenth round (9f783fe):
        // relations P 0.667, R 0.460, F1 0.544; mentions P 0.947, F1 0.936. The floors guard that
        // measurement, less a margin; a development set from now on.
        new AnnotatedSet(
            "blind 18 (measured)", "blind18", "blind18-gold.json", 0.937, 0.926, 0.657, 0.534));
  }

  private static Extraction extraction;

  @BeforeAll
  static void loadRules() {
    extraction = Extraction.load(Path.of("import"));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void staysAboveItsFloors(AnnotatedSet set) {
    Path folder = RESOURCES.resolve(set.folder());
    Evaluation evaluation =
        new Evaluator(extraction.extractor(), extraction.gazetteer()::find)
            .evaluate(GoldFile.load(folder.resolve(set.gold())), folder.resolve("articles"));
    String table = evaluation.toTable();
    System.out.println(set.name() + ":\n" + table);

    assertThat(evaluation.problems()).as(table).isEmpty();
    assertThat(evaluation.mentions().precision())
        .as(table)
        .isGreaterThanOrEqualTo(set.mentionPrecision());
    assertThat(evaluation.mentions().f1()).as(table).isGreaterThanOrEqualTo(set.mentionF1());
    assertThat(evaluation.relations().precision())
        .as(table)
        .isGreaterThanOrEqualTo(set.relationPrecision());
    assertThat(evaluation.relations().f1()).as(table).isGreaterThanOrEqualTo(set.relationF1());
  }
}
