package org.driftgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftgraph.extract.claims.ClaimReader;
import org.driftgraph.extract.discover.Datelines;
import org.driftgraph.extract.discover.DefinedInitials;
import org.driftgraph.extract.discover.DescribedCollectives;
import org.driftgraph.extract.discover.DiscoveredName;
import org.driftgraph.extract.discover.EnclosingNames;
import org.driftgraph.extract.discover.NameDiscoverer;
import org.driftgraph.extract.discover.NamedDescriptions;
import org.driftgraph.extract.discover.Surnames;
import org.driftgraph.extract.discover.UnitsOfParents;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.Entity;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.driftgraph.text.OverlaidMap;

/**
 * Reads an article into mentions and claims: gazetteer names and the names {@link NameDiscoverer}
 * finds from their cues (valid claim arguments, except persons found only as commentators),
 * collectives the article names by a description ({@link DescribedCollectives}, one entity with the
 * name the story gives them: {@link NamedDescriptions}), short names the article defines in
 * brackets ({@link DefinedInitials}), media units read as their parent's outlet ({@link
 * UnitsOfParents}), later mentions of persons by surname ({@link Surnames}), then the claims the
 * rules of {@link RuleSet} state between them ({@link ClaimReader}).
 */
public final class RelationExtractor implements Extractor {
  private final Gazetteer gazetteer;
  private final EntityMatcher matcher;
  private final NameDiscoverer discoverer;
  private final DescribedCollectives collectives = new DescribedCollectives();
  private final UnitsOfParents units;
  private final ClaimReader claimReader;
  private final ArabicAffixes affixes;

  public RelationExtractor(Gazetteer gazetteer, RuleSet rules) {
    this.gazetteer = gazetteer;
    this.matcher = new EntityMatcher(gazetteer, rules.affixes());
    this.discoverer = new NameDiscoverer(gazetteer, rules);
    this.units = new UnitsOfParents(gazetteer, rules.affixes());
    this.claimReader = new ClaimReader(rules);
    this.affixes = rules.affixes();
  }

  /** Known mentions with those of known names written after a described cue, by offset. */
  private static List<Mention> withCued(List<Mention> known, List<Mention> cued) {
    if (cued.isEmpty()) {
      return known;
    }
    List<Mention> all = new ArrayList<>(known);
    all.addAll(cued);
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  @Override
  public ExtractedArticle extract(Article article) {
    List<Mention> known =
        units.withUnits(
            article.text(), Datelines.withoutCredits(article.text(), matcher.find(article.text())));
    NameDiscoverer.Discovery discovery = discoverer.discoverAll(article, known);
    List<DiscoveredName> discovered = new ArrayList<>(discovery.names());
    discovered.addAll(collectives.find(article, known, discovered, gazetteer));
    discovered = NamedDescriptions.merged(discovered);
    known = EnclosingNames.withoutEnclosed(withCued(known, discovery.knownByCue()), discovered);
    Map<String, Entity> entities = new OverlaidMap<>(gazetteer.byId());
    List<Mention> mentions = new ArrayList<>(known);
    Set<String> sources = new HashSet<>();
    for (DiscoveredName name : discovered) {
      entities.putIfAbsent(name.entity().id(), name.entity());
      mentions.addAll(name.mentions());
      if (name.source()) {
        sources.add(name.entity().id());
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    mentions.addAll(DefinedInitials.find(article.text(), mentions));
    mentions.sort(Comparator.comparingInt(Mention::start));
    mentions.addAll(Surnames.find(article.text(), mentions, entities, affixes));
    mentions.sort(Comparator.comparingInt(Mention::start));
    List<Mention> arguments =
        mentions.stream().filter(m -> !sources.contains(m.entityId())).toList();
    List<Claim> claims = claimReader.claims(article, arguments, entities);
    return new ExtractedArticle(
        article, discovered.stream().map(DiscoveredName::entity).toList(), mentions, claims);
  }
}
