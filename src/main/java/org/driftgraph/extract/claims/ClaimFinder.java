package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
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

  /**
   * The claims of one sentence. A trigger is tried only where a literal its pattern requires occurs
   * (see {@link RuleSet#prefilter()}): in the order of the rules, with the matches a search of the
   * whole sentence would give.
   */
  List<Draft> find(ArticleText at, ArticleText.Span span) {
    List<Hit> hits = new ArrayList<>();
    List<Hit> matched = new ArrayList<>();
    List<Ref> refs = at.refsIn(span);
    NegationPhrases phrases = null;
    List<TriggerRule> triggers = rules.triggers();
    BitSet tried = at.literals.candidates(span.start(), span.end());
    for (int i = tried.nextSetBit(0); i >= 0 && i < triggers.size(); i = tried.nextSetBit(i + 1)) {
      TriggerRule rule = triggers.get(i);
      for (MatchResult m : at.literals.matches(i, span.start(), span.end())) {
        Hit hit = new Hit(rule, m.start(), m.end());
        matched.add(hit);
        if (phrases == null) {
          phrases = new NegationPhrases(at, span);
        }
        if (!insideName(refs, hit)
            && !negated(at, span, hit, phrases)
            && hit.requirementMet(at.text, span.end())) {
          hits.add(hit);
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    Modality modality = modality(at, span);
    // Arabic only: the English negation phrases count a fixed number of words, which runs past
    // their clause ("whether it would use Google Play and Apple's App Store, both of which
    // removed").
    List<Ref> stated =
        StanceObjects.without(
            at,
            rules.stancePattern(),
            span.start(),
            span.end(),
            CompoundOwners.withoutHyphenedOwners(
                at,
                "ar".equals(at.article.language())
                    ? phrases.withoutHeldNames(refs, matched)
                    : refs));
    List<Draft> drafts = new ArrayList<>();
    for (Hit hit : hits) {
      // An ownership is background the writer states in apposition, inside a hypothesis or not
      // ("يستبعدون أن تسمح «ميتا»، المالكة للتطبيق، بذلك").
      List<Ref> names = hit.rule().type() == RelationType.OWNED_BY ? refs : stated;
      WorkCount.add(names.size());
      drafts.addAll(
          new ArgumentReader(rules, grammar, at, span, names, hits, hit, modality).claims());
    }
    return CauseOfMove.withoutBansByDestinations(at.text, drafts);
  }

  /** A trigger word inside a name is part of the name: إذاعة البيان is a radio, not a statement. */
  private static boolean insideName(List<Ref> refs, Hit hit) {
    return refs.stream()
        .anyMatch(r -> !r.anaphor() && r.start() <= hit.start() && hit.end() <= r.end());
  }

  private Modality modality(ArticleText at, ArticleText.Span span) {
    if (!at.literals.matches(rules.hedgePattern(), span.start(), span.end()).isEmpty()) {
      return Modality.HEDGED;
    }
    if (!at.literals.matches(rules.reportPattern(), span.start(), span.end()).isEmpty()) {
      return Modality.REPORTED;
    }
    return Modality.ASSERTED;
  }

  private boolean negated(ArticleText at, ArticleText.Span span, Hit hit, NegationPhrases phrases) {
    int from = Math.max(span.start(), hit.start() - cues.negationWindow());
    return !at.literals.matches(rules.negationPattern(), from, hit.start()).isEmpty()
        || phrases.holdOrEndBefore(hit);
  }

  /**
   * The negation phrases of one sentence, found once: a phrase of any length that holds the trigger
   * or ends right before it negates it. A reversal whose agent stands between its verb and the ban
   * it undoes (رفعت إدارة تويتر الحظر، ألغت شركة فيسبوك حظر) is a grammar in cues.json, not a wider
   * window, so a negation word far before a trigger still does not reach it. Passing the grammar
   * over the whole sentence once per trigger made text without punctuation (every sentence as long
   * as the splitter allows, a trigger every few words) cost the sentence length per trigger.
   */
  private final class NegationPhrases {
    private final String text;

    /** Starts and ends of the phrases, in text order; they do not overlap, so ends rise too. */
    private final int[] starts;

    private final int[] ends;

    NegationPhrases(ArticleText at, ArticleText.Span span) {
      this.text = at.text;
      List<int[]> found = new ArrayList<>();
      for (MatchResult m : at.literals.matches(rules.negationPattern(), span.start(), span.end())) {
        found.add(new int[] {m.start(), m.end()});
      }
      starts = found.stream().mapToInt(f -> f[0]).toArray();
      ends = found.stream().mapToInt(f -> f[1]).toArray();
    }

    boolean holdOrEndBefore(Hit hit) {
      // A phrase reaches the trigger when it ends inside it or only space stands between.
      int reach = hit.start();
      while (reach > 0 && Character.isWhitespace(text.charAt(reach - 1))) {
        reach--;
      }
      for (int i = firstEndingAtOrAfter(reach);
          i < starts.length && starts[i] <= hit.start();
          i++) {
        WorkCount.add(1);
        if (starts[i] < hit.start() || ends[i] >= hit.end()) {
          return true;
        }
      }
      return false;
    }

    /**
     * The names a claim may take: a name inside a phrase that states a possibility, a denial or a
     * question ("من دون أن يتضح ما إذا كانت حركة الشباب قد أغلقتها", "لم يستبعد ... أن تفتح الحركة
     * قنوات على إيتا", "denied that X had banned Y") is no argument of a trigger outside it, since
     * what the phrase says is not stated. A phrase that only ends right before a trigger (a
     * reversal "رفعت إدارة تويتر الحظر", a request "urged X to ban") negates that trigger alone and
     * keeps its names for the rest of the sentence.
     */
    List<Ref> withoutHeldNames(List<Ref> refs, List<Hit> matched) {
      List<Ref> kept = new ArrayList<>(refs.size());
      for (Ref ref : refs) {
        if (!heldByClausePhrase(ref, matched)) {
          kept.add(ref);
        }
      }
      return kept.size() == refs.size() ? refs : kept;
    }

    private boolean heldByClausePhrase(Ref ref, List<Hit> matched) {
      for (int i = 0; i < starts.length && starts[i] <= ref.start(); i++) {
        if (ends[i] >= ref.end() && !endsBeforeTrigger(ends[i], matched)) {
          return true;
        }
      }
      return false;
    }

    private boolean endsBeforeTrigger(int end, List<Hit> matched) {
      for (Hit hit : matched) {
        int reach = hit.start();
        while (reach > end && Character.isWhitespace(text.charAt(reach - 1))) {
          reach--;
        }
        if (reach == end || (hit.start() < end && end < hit.end())) {
          return true;
        }
      }
      return false;
    }

    private int firstEndingAtOrAfter(int position) {
      int low = 0;
      int high = ends.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (ends[mid] < position) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }
}
