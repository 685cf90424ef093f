package org.driftgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.driftgraph.model.Ids;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Merges an entity (as a rule one that discovery found) into another in the store, in one
 * transaction: mentions, claim links and surface forms move to the target, the entity goes, and the
 * facts of every subject whose claims changed are re-derived. The Cypher is in {@code
 * cypher/entities/}.
 */
public final class EntityMerger {
  private static final int SUGGESTIONS = 3;

  private final Driver driver;
  private final String find = CypherScripts.statement("entities/find.cypher");
  private final String ids = CypherScripts.statement("entities/ids.cypher");
  private final String merge = CypherScripts.statement("entities/merge.cypher");
  private final FactDeriver facts = new FactDeriver();

  public EntityMerger(Driver driver) {
    this.driver = driver;
  }

  /** An entity as stored. */
  public record StoredEntity(
      String id, String type, String kind, String name, List<String> names, boolean discovered) {
    public StoredEntity {
      names = List.copyOf(names);
    }
  }

  /**
   * What a merge did.
   *
   * @param from the entity merged away, as it was
   * @param into the target, with its names after the merge
   * @param movedNames the name and surface forms of {@code from}
   * @param mentionLinks articles whose MENTIONS moved
   * @param claimLinks SUBJECT, OBJECT, FROM and ABOUT links that moved
   * @param selfClaims claims deleted because they now related the target to itself
   * @param rederived subjects whose facts were re-derived
   */
  public record MergeResult(
      StoredEntity from,
      StoredEntity into,
      List<String> movedNames,
      long mentionLinks,
      long claimLinks,
      long selfClaims,
      List<String> rederived) {
    public MergeResult {
      movedNames = List.copyOf(movedNames);
      rederived = List.copyOf(rederived);
    }
  }

  /**
   * Merges {@code fromId} into {@code intoId}.
   *
   * @param force allow merging an entity that is not marked discovered (a gazetteer entity)
   * @throws IllegalArgumentException when an id is unknown (the message suggests the nearest ids),
   *     when both ids are the same, or when {@code fromId} is not discovered and not forced
   */
  public MergeResult merge(String fromId, String intoId, boolean force) {
    if (fromId.equals(intoId)) {
      throw new IllegalArgumentException("cannot merge entity '" + fromId + "' into itself");
    }
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            StoredEntity from = require(tx, fromId);
            StoredEntity into = require(tx, intoId);
            if (!from.discovered() && !force) {
              throw new IllegalArgumentException(
                  "entity '"
                      + fromId
                      + "' is not a discovered entity (it comes from"
                      + " the gazetteer); use --force to merge it anyway");
            }
            Record result = tx.run(merge, Map.of("fromId", fromId, "intoId", intoId)).single();
            List<String> subjects =
                List.copyOf(new TreeSet<>(result.get("subjects").asList(Value::asString)));
            facts.derive(DriverTransactions.of(tx), subjects);
            StoredEntity merged =
                new StoredEntity(
                    into.id(),
                    into.type(),
                    into.kind(),
                    into.name(),
                    result.get("names").asList(Value::asString),
                    into.discovered());
            return new MergeResult(
                from,
                merged,
                result.get("movedNames").asList(Value::asString),
                result.get("mentionLinks").asLong(),
                result.get("claimLinks").asLong(),
                result.get("selfClaims").asLong(),
                subjects);
          });
    }
  }

  private StoredEntity require(TransactionContext tx, String id) {
    return find(tx, id)
        .orElseThrow(
            () -> {
              List<String> all = tx.run(ids).list(r -> r.get("id").asString());
              List<String> near = Ids.nearest(id, all, SUGGESTIONS);
              return new IllegalArgumentException(
                  "no entity '"
                      + id
                      + "' in the store"
                      + (near.isEmpty()
                          ? " (the store has no entities)"
                          : "; nearest ids: " + String.join(", ", near)));
            });
  }

  private Optional<StoredEntity> find(TransactionContext tx, String id) {
    List<Record> records = tx.run(find, Map.of("id", id)).list();
    if (records.isEmpty()) {
      return Optional.empty();
    }
    Record r = records.get(0);
    return Optional.of(
        new StoredEntity(
            r.get("id").asString(),
            r.get("type").asString(null),
            r.get("kind").asString(null),
            r.get("name").asString(null),
            r.get("names").asList(Value::asString),
            r.get("discovered").asBoolean()));
  }
}
