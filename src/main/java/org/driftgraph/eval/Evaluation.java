package org.driftgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of one extraction against one gold file (see {@link Scorer} for the rules).
 *
 * @param byType relation scores per scored relation type, in the gold file's order
 * @param from accuracy of {@code from} over matched relations whose gold has one
 * @param dates accuracy of dates over matched relations whose gold has one
 * @param missed gold relations not predicted, in document order
 * @param spurious predicted relations the gold does not have, in document order
 * @param wrongFrom matched relations whose {@code from} disagrees with the gold
 * @param wrongDates matched relations whose date disagrees with the gold
 * @param missedMentions gold mentions not predicted
 * @param spuriousMentions predicted mentions the gold does not have
 * @param problems what made the comparison incomplete, such as a gold document missing from the
 *     corpus or a file that could not be read
 */
public record Evaluation(
    Metrics mentions,
    Metrics relations,
    Map<String, Metrics> byType,
    Accuracy from,
    Accuracy dates,
    List<RelationError> missed,
    List<RelationError> spurious,
    List<AttributeError> wrongFrom,
    List<AttributeError> wrongDates,
    List<MentionError> missedMentions,
    List<MentionError> spuriousMentions,
    List<String> problems) {

  public Evaluation {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
    wrongFrom = List.copyOf(wrongFrom);
    wrongDates = List.copyOf(wrongDates);
    missedMentions = List.copyOf(missedMentions);
    spuriousMentions = List.copyOf(spuriousMentions);
    problems = List.copyOf(problems);
  }

  /** The same evaluation with more problems noted (such as files the corpus reader rejected). */
  public Evaluation withProblems(List<String> more) {
    List<String> all = new ArrayList<>(problems);
    all.addAll(more);
    return new Evaluation(
        mentions,
        relations,
        byType,
        from,
        dates,
        missed,
        spurious,
        wrongFrom,
        wrongDates,
        missedMentions,
        spuriousMentions,
        all);
  }

  /**
   * One JSON object: {@code {"mentions":{"precision","recall","f1"}, "relations":{...,"byType":{}},
   * "from":{"accuracy","n"}, "dates":{"accuracy","n"}, "missed":[...], "spurious":[...]}}; each
   * missed and spurious entry has document, relation, type, subject, object, sentence and evidence
   * (and, when spurious, the rule that produced it).
   */
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mentions", scores(mentions));
    Map<String, Object> relationScores = scores(relations);
    Map<String, Object> types = new LinkedHashMap<>();
    byType.forEach((type, metrics) -> types.put(type, scores(metrics)));
    relationScores.put("byType", types);
    json.put("relations", relationScores);
    json.put("from", accuracy(from));
    json.put("dates", accuracy(dates));
    json.put("missed", missed.stream().map(Evaluation::entry).toList());
    json.put("spurious", spurious.stream().map(Evaluation::entry).toList());
    try {
      return new ObjectMapper().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the evaluation as JSON", e);
    }
  }

  /**
   * The metrics as a table for people, then every missed and spurious relation with its sentence.
   */
  public String toTable() {
    return EvaluationTable.render(this);
  }

  private static Map<String, Object> scores(Metrics metrics) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("precision", metrics.precision());
    json.put("recall", metrics.recall());
    json.put("f1", metrics.f1());
    return json;
  }

  private static Map<String, Object> accuracy(Accuracy accuracy) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accuracy", accuracy.accuracy());
    json.put("n", accuracy.n());
    return json;
  }

  private static Map<String, Object> entry(RelationError error) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("document", error.document());
    json.put("relation", error.relation().toString());
    json.put("type", error.relation().type());
    json.put("subject", error.relation().subject());
    json.put("object", error.relation().object());
    json.put("sentence", error.sentence());
    json.put("evidence", error.evidence());
    if (error.rule() != null) {
      json.put("rule", error.rule());
    }
    return json;
  }
}
