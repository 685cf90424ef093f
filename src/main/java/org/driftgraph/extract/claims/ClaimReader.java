package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.Digests;
import org.driftgraph.model.Entity;
import org.driftgraph.model.Mention;
import org.driftgraph.text.SentenceSplitter;
import org.driftgraph.text.dates.DateFinder;

/**
 * The claim engine's entry point: for every sentence of an article, the claims the rules of {@link
 * RuleSet} find (see {@link ClaimFinder}), one per (relation, subject, object) and sentence, with
 * migration origins ({@link MigrationOrigins}), dates ({@link ClaimDates} over the mentions of
 * {@link DateFinder}) and, for announcements, the events they are about ({@link EventLinker}).
 */
public final class ClaimReader {
  private final RuleSet rules;
  private final ClaimFinder finder;
  private final SameActionEllipsis ellipsis;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DateFinder dateFinder = new DateFinder();

  public ClaimReader(RuleSet rules) {
    this.rules = rules;
    this.finder = new ClaimFinder(rules);
    this.ellipsis = new SameActionEllipsis(rules);
  }

  /**
   * The claims of {@code article} between the entities it mentions.
   *
   * @param mentions every mention (gazetteer and discovered names), in text order
   * @param entities the entities the mentions refer to, by id
   */
  public List<Claim> claims(Article article, List<Mention> mentions, Map<String, Entity> entities) {
    ArticleText at = new ArticleText(article, mentions, entities, rules, splitter);
    List<Draft> drafts = new ArrayList<>();
    for (ArticleText.Span span : at.sentences) {
      drafts.addAll(finder.find(at, span));
    }
    drafts.addAll(ellipsis.repeated(at, drafts));
    drafts = MigrationOrigins.complete(merge(drafts), at);
    ClaimDates dates = new ClaimDates(at, dateMentions(at), drafts, rules);
    EventLinker events = new EventLinker(at, drafts);
    return drafts.stream()
        .map(d -> claim(d, at, dates, events))
        .sorted(Comparator.comparingInt(Claim::start))
        .toList();
  }

  /** The dates written in the article, in normalized offsets. */
  private List<ClaimDates.Dated> dateMentions(ArticleText at) {
    Article article = at.article;
    return dateFinder.find(article.text(), article.language(), article.published()).stream()
        .map(
            d ->
                new ClaimDates.Dated(
                    at.toNormalized(d.start()), at.toNormalized(d.end()), d.iso(), d.precision()))
        .toList();
  }

  /** One draft per relation, entities and sentence: the most confident, with every origin named. */
  private static List<Draft> merge(List<Draft> drafts) {
    Map<String, Draft> best = new LinkedHashMap<>();
    Map<String, Set<String>> from = new HashMap<>();
    for (Draft draft : drafts) {
      best.merge(draft.key(), draft, (a, b) -> b.confidence() > a.confidence() ? b : a);
      from.computeIfAbsent(draft.key(), k -> new LinkedHashSet<>()).addAll(draft.from());
    }
    return best.values().stream()
        .map(
            d ->
                d.withFrom(
                    from.get(d.key()).stream().filter(f -> !f.equals(d.object().id())).toList(),
                    ""))
        .toList();
  }

  private static Claim claim(Draft draft, ArticleText at, ClaimDates dates, EventLinker events) {
    int start = draft.triggerStart();
    int end = draft.triggerEnd();
    for (Ref ref : new Ref[] {draft.subjectRef(), draft.objectRef()}) {
      if (ref != null) {
        start = Math.min(start, ref.start());
        end = Math.max(end, ref.end());
      }
    }
    int originalStart = at.originalStart(start);
    int originalEnd = at.originalEnd(end);
    var sentence = draft.span().sentence();
    Optional<ClaimDates.Dated> date = dates.dateOf(draft);
    List<String> eventIds = events.eventsOf(draft, date.map(ClaimDates.Dated::iso).orElse(null));
    String articleId = at.article.id();
    String id =
        hash(
            articleId
                + "|"
                + draft.rule().type()
                + "|"
                + draft.subject().id()
                + "|"
                + draft.object().id()
                + "|"
                + originalStart
                + "|"
                + originalEnd);
    return new Claim(
        id,
        draft.rule().type(),
        articleId,
        draft.subject().id(),
        draft.object().id(),
        draft.from(),
        eventIds,
        sentence.text(),
        sentence.start(),
        originalStart,
        originalEnd,
        date.map(ClaimDates.Dated::iso).orElse(null),
        date.map(ClaimDates.Dated::precision).orElse(null),
        draft.modality(),
        draft.confidence(),
        draft.rule().name() + draft.fromRule());
  }

  /** The first 8 bytes of the key's SHA-256, as 16 hex digits. */
  private static String hash(String key) {
    return Digests.sha256Hex(key).substring(0, 16);
  }
}
