package org.driftgraph.extract.claims;

import java.util.List;
import org.driftgraph.extract.rules.TriggerRule;
import org.driftgraph.model.Entity;
import org.driftgraph.model.Modality;

/**
 * A claim as the rules first find it, in normalized offsets, before its date and (for migrations)
 * its inferred origin are known.
 *
 * @param subjectRef the subject's place in the sentence, null when the subject was inferred
 * @param from platforms the sentence itself names as left
 * @param fromRule how the origin was found, appended to the rule name ("" when explicit or none)
 */
record Draft(
    TriggerRule rule,
    ArticleText.Span span,
    int triggerStart,
    int triggerEnd,
    Entity subject,
    Ref subjectRef,
    Entity object,
    Ref objectRef,
    List<String> from,
    String fromRule,
    Modality modality,
    double confidence) {

  Draft withFrom(List<String> platforms, String how) {
    return new Draft(
        rule,
        span,
        triggerStart,
        triggerEnd,
        subject,
        subjectRef,
        object,
        objectRef,
        List.copyOf(platforms),
        how,
        modality,
        confidence);
  }

  /** Same relation between the same entities in the same sentence. */
  String key() {
    return rule.type() + "|" + subject.id() + "|" + object.id() + "|" + span.index();
  }
}
