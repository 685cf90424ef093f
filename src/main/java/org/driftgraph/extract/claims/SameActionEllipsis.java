package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * The ellipsis of a ban or a move by another doer: "Spotify removed the podcasts, and Deezer did
 * the same"; "Twitch banned him. Kick followed suit." The last name before the ellipsis that may do
 * the action (past the trigger it repeats, and not inside an apposition or relative clause:
 * "TikTok, owned by ByteDance, did the same" is TikTok) replaces the doer of the latest ban or move
 * of the sentence, else of the sentence before in the same paragraph, with everything else kept; a
 * negation right before the ellipsis ("did not follow suit") cancels it.
 */
final class SameActionEllipsis {
  private static final Set<RelationType> REPEATED =
      Set.of(RelationType.BANNED_BY, RelationType.MIGRATED_TO);

  /** Confidence of a repeated claim against the one it repeats: the doer is only implied. */
  private static final double CONFIDENCE = 0.85;

  private final RuleSet rules;
  private final Cues cues;

  SameActionEllipsis(RuleSet rules) {
    this.rules = rules;
    this.cues = rules.cues();
  }

  /** The drafts the ellipses of the article repeat, to add to {@code drafts}. */
  List<Draft> repeated(ArticleText at, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (ArticleText.Span span : at.sentences) {
      Matcher m = region(cues.sameAction(), at.text, span.start(), span.end());
      while (m.find()) {
        if (!negated(at, span, m.start())) {
          out.addAll(repeat(at, span, m.start(), m.end(), drafts));
        }
      }
    }
    return out;
  }

  private boolean negated(ArticleText at, ArticleText.Span span, int start) {
    return region(
            cues.negation(), at.text, Math.max(span.start(), start - cues.negationWindow()), start)
        .find();
  }

  private List<Draft> repeat(
      ArticleText at, ArticleText.Span span, int start, int end, List<Draft> drafts) {
    List<Draft> sources = latestStatement(drafts, span, start);
    if (sources.isEmpty()) {
      sources =
          at.sentences.stream()
              .filter(s -> s.index() == span.index() - 1 && s.paragraph() == span.paragraph())
              .findFirst()
              .map(previous -> latestStatement(drafts, previous, previous.end()))
              .orElse(List.of());
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    Draft first = sources.get(0);
    int from = first.span().index() == span.index() ? first.triggerEnd() : span.start();
    Role agent = first.rule().agent();
    Optional<Ref> doer =
        at.refsIn(span).stream()
            .filter(r -> r.start() >= from && r.end() <= start && !r.place())
            .filter(r -> admits(first, agent, r.entity()) && !described(at, from, r))
            .reduce((a, b) -> b);
    if (doer.isEmpty()) {
      return List.of();
    }
    Ref ref = doer.get();
    Map<String, Draft> out = new LinkedHashMap<>();
    for (Draft source : sources) {
      Entity replaced = agent == Role.SUBJECT ? source.subject() : source.object();
      if (replaced.id().equals(ref.id())) {
        continue;
      }
      Draft copy =
          agent == Role.SUBJECT
              ? draft(source, span, start, end, ref.entity(), ref, source.object(), null)
              : draft(source, span, start, end, source.subject(), null, ref.entity(), ref);
      out.putIfAbsent(copy.key(), copy);
    }
    return List.copyOf(out.values());
  }

  /** The drafts of the last trigger of a repeatable relation before {@code before} in the span. */
  private static List<Draft> latestStatement(
      List<Draft> drafts, ArticleText.Span span, int before) {
    int latest =
        drafts.stream()
            .filter(d -> d.span().index() == span.index() && REPEATED.contains(d.rule().type()))
            .filter(d -> d.triggerEnd() <= before)
            .mapToInt(Draft::triggerStart)
            .max()
            .orElse(-1);
    return drafts.stream()
        .filter(d -> d.span().index() == span.index() && d.triggerStart() == latest)
        .filter(d -> REPEATED.contains(d.rule().type()))
        .toList();
  }

  /**
   * A name inside an apposition or a relative clause ("TikTok, owned by ByteDance, did the same"):
   * a doer's marker or a clause opener stands between it and the comma before it.
   */
  private boolean described(ArticleText at, int from, Ref ref) {
    int comma = Math.max(from, at.text.lastIndexOf(',', ref.start()));
    return region(cues.agentMarkers(), at.text, comma, ref.start()).find()
        || region(cues.clauseOpeners(), at.text, comma, ref.start()).find();
  }

  private boolean admits(Draft source, Role role, Entity entity) {
    RelationType type = source.rule().type();
    Set<EntityType> types =
        role == Role.SUBJECT ? type.subjectTypes() : source.rule().admittedObjectTypes();
    return types.contains(entity.type()) && rules.admitsKind(type, entity.type(), entity.kind());
  }

  private static Draft draft(
      Draft source,
      ArticleText.Span span,
      int start,
      int end,
      Entity subject,
      Ref subjectRef,
      Entity object,
      Ref objectRef) {
    return new Draft(
        source.rule(),
        span,
        start,
        end,
        subject,
        subjectRef,
        object,
        objectRef,
        List.of(),
        "",
        source.modality(),
        source.confidence() * CONFIDENCE);
  }
}
