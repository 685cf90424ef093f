package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule;
import org.driftgraph.model.Modality;
import org.driftgraph.text.WorkCount;

/**
 * Reads the claims of one sentence: finds the triggers of the rule set (dropping negated ones and
 * those missing what they require), the sentence's modality, and hands each trigger to an {@link
 * ArgumentReader}, which finds the arguments the relation admits (docs/extraction.md explains each
 * step).
 */
final class ClaimFinder {
  private final RuleSet rules;
  private final Cues cues;
  private final CueGrammar grammar;

  ClaimFinder(RuleSet rules) {
    this.rules = rules;
    this.cues = rules.cues();
    this.grammar = new CueGrammar(cues);
  }

  List<Draft> find(ArticleText at, ArticleText.Span span) {
    List<Hit> hits = new ArrayList<>();
    for (TriggerRule rule : rules.triggers()) {
      Matcher m = region(rule.pattern(), at.text, span.start(), span.end());
      while (m.find()) {
        Hit hit = new Hit(rule, m.start(), m.end());
        if (!negated(at.text, span, hit) && hit.requirementMet(at.text, span.end())) {
          hits.add(hit);
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    List<Ref> refs = at.refsIn(span);
    Modality modality = modality(at.text, span);
    List<Draft> drafts = new ArrayList<>();
    for (Hit hit : hits) {
      WorkCount.add(refs.size());
      drafts.addAll(
          new ArgumentReader(rules, grammar, at, span, refs, hits, hit, modality).claims());
    }
    return drafts;
  }

  private Modality modality(String text, ArticleText.Span span) {
    if (region(cues.hedge(), text, span.start(), span.end()).find()) {
      return Modality.HEDGED;
    }
    if (region(cues.report(), text, span.start(), span.end()).find()) {
      return Modality.REPORTED;
    }
    return Modality.ASSERTED;
  }

  private boolean negated(String text, ArticleText.Span span, Hit hit) {
    Matcher m =
        region(
            cues.negation(),
            text,
            Math.max(span.start(), hit.start() - cues.negationWindow()),
            hit.start());
    return m.find() || insideNegationPhrase(text, span, hit);
  }

  /**
   * A negation phrase of any length that holds the trigger or ends right before it: a reversal
   * whose agent stands between its verb and the ban it undoes (رفعت إدارة تويتر الحظر، ألغت شركة
   * فيسبوك حظر) is a grammar in cues.json, not a wider window, so a negation word far before a
   * trigger still does not reach it.
   */
  private boolean insideNegationPhrase(String text, ArticleText.Span span, Hit hit) {
    Matcher m = region(cues.negation(), text, span.start(), span.end());
    while (m.find() && m.start() <= hit.start()) {
      boolean reaches = m.end() >= hit.start() || text.substring(m.end(), hit.start()).isBlank();
      boolean holds = m.start() < hit.start() || m.end() >= hit.end();
      if (reaches && holds) {
        return true;
      }
    }
    return false;
  }
}
