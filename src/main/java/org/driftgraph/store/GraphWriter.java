package org.driftgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Writes entities, articles, mentions and claims, and keeps the facts derived from the claims in
 * step: at once ({@link #write}) or once after many batches ({@link #writeDeferringFacts}, then
 * {@link #derivePendingFacts}). Batched UNWIND statements from {@code cypher/write} and {@code
 * cypher/facts}, parameters only. Each batch is one transaction: a batch that fails leaves the
 * graph as it was. The transactions are the connection's ({@link GraphConnection#transactions()}):
 * the embedded DBMS's own, or the driver's for a server.
 */
public final class GraphWriter {
  /** Subjects per transaction when every fact is re-derived. */
  private static final int SUBJECTS_PER_TRANSACTION = 500;

  private final CypherTransactions transactions;
  private final String entities = CypherScripts.statement("write/entities.cypher");
  private final String storedEntities = CypherScripts.statement("write/stored-entities.cypher");
  private final String existingArticles = CypherScripts.statement("write/existing-articles.cypher");
  private final String replaceArticles = CypherScripts.statement("write/replace-articles.cypher");
  private final String existingEntities = CypherScripts.statement("write/existing-entities.cypher");
  private final String articleInputs = CypherScripts.statement("write/article-inputs.cypher");
  private final String articles = CypherScripts.statement("write/articles.cypher");
  private final String mentions = CypherScripts.statement("write/mentions.cypher");
  private final String claims = CypherScripts.statement("write/claims.cypher");
  private final NewArticleWriter newArticles = new NewArticleWriter();
  private final FactDeriver facts = new FactDeriver();
  private final String extractionSetup;

  /** A writer over the driver that records no {@link ArticleInputs} with the articles. */
  public GraphWriter(Driver driver) {
    this(CypherTransactions.over(driver), null);
  }

  /** A writer over the driver; see {@link #GraphWriter(CypherTransactions, String)}. */
  public GraphWriter(Driver driver, String extractionSetup) {
    this(CypherTransactions.over(driver), extractionSetup);
  }

  /**
   * A writer that stores with each article its {@link ArticleInputs} for the extraction set-up
   * whose digest is {@code extractionSetup} (the one its articles were extracted with), so that a
   * later import with the same set-up can leave the article alone without extracting it.
   */
  public GraphWriter(CypherTransactions transactions, String extractionSetup) {
    this.transactions = transactions;
    this.extractionSetup = extractionSetup;
  }

  /**
   * Creates or updates entities by id with their one type label. A gazetteer entity is never
   * overwritten by a discovered one. Entities stored exactly as given are left alone, so an
   * unchanged gazetteer costs one read.
   *
   * @return how many entities were written
   */
  public int upsertEntities(Collection<Entity> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    List<Map<String, Object>> rows = batch.stream().map(ArticleRows::entity).toList();
    List<String> ids = rows.stream().map(row -> (String) row.get("id")).toList();
    Map<String, Map<String, Object>> stored = new HashMap<>();
    transactions
        .read(tx -> tx.rows(storedEntities, Map.of("ids", ids)))
        .forEach(row -> stored.put((String) row.get("id"), row));
    List<Map<String, Object>> changed =
        rows.stream().filter(row -> !row.equals(stored.get(row.get("id")))).toList();
    if (!changed.isEmpty()) {
      transactions.writeWithoutResult(tx -> tx.run(entities, Map.of("entities", changed)));
    }
    return changed.size();
  }

  /**
   * Stores a batch of extracted articles in one transaction, then re-derives the facts of every
   * subject whose claims changed. If the batch fails, its articles are retried one by one so that
   * only the failing ones are left out, each reported in {@link WriteResult#failed()}.
   */
  public WriteResult write(List<ExtractedArticle> batch) {
    return write(batch, false, List.of());
  }

  /**
   * Stores a batch like {@link #write} but only marks the subjects whose claims changed; their
   * facts (and DISPLACED_TO) are derived by {@link #derivePendingFacts}, once per import. Deriving
   * after every batch re-aggregates the claims of hub subjects again and again, so an import slows
   * down as the store grows. Until then the facts of the marked subjects lag behind their claims.
   */
  public WriteResult writeDeferringFacts(List<ExtractedArticle> batch) {
    return write(batch, true, List.of());
  }

  /**
   * Like {@link #writeDeferringFacts(List)}, for a batch of which the articles {@code leftAlone}
   * were not extracted, since they are stored with the inputs they would be extracted from (and the
   * caller made sure that no earlier article of the import replaced them). They count as the batch
   * would count them written: as unchanged, once per id, as an article stored already.
   */
  public WriteResult writeDeferringFacts(List<ExtractedArticle> batch, List<String> leftAlone) {
    return write(batch, true, leftAlone);
  }

  /**
   * Derives the facts of every subject marked by {@link #writeDeferringFacts} (also marks left by
   * an import that stopped half-way), a slice of subjects per transaction, then DISPLACED_TO once,
   * in the last slice's transaction: while any mark is left, DISPLACED_TO will be derived again,
   * and with none left it is up to date, so an import that marked nothing need not run it.
   *
   * @return how many subjects were derived
   */
  public int derivePendingFacts() {
    List<String> subjects = transactions.read(facts::pendingSubjects);
    for (int from = 0; from < subjects.size(); from += SUBJECTS_PER_TRANSACTION) {
      int to = Math.min(subjects.size(), from + SUBJECTS_PER_TRANSACTION);
      List<String> slice = subjects.subList(from, to);
      boolean last = to == subjects.size();
      transactions.writeWithoutResult(
          tx -> {
            facts.derivePending(tx, slice);
            if (last) {
              facts.deriveDisplaced(tx);
            }
          });
    }
    return subjects.size();
  }

  private WriteResult write(
      List<ExtractedArticle> batch, boolean deferFacts, List<String> leftAlone) {
    if (batch.isEmpty()) {
      int unchanged = (int) leftAlone.stream().distinct().count();
      return new WriteResult(0, unchanged, 0, new TreeSet<>(), List.of());
    }
    try {
      return writeInOneTransaction(batch, deferFacts, leftAlone);
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw new StoreException("lost the connection to Neo4j while writing: " + e.getMessage(), e);
    } catch (Neo4jException | StatementException | StoreException e) {
      if (batch.size() == 1 && leftAlone.isEmpty()) {
        return WriteResult.failure(rejection(batch.get(0).article(), e));
      }
      // One by one, as if each were a batch of its own.
      WriteResult total = write(List.of(), deferFacts, leftAlone);
      for (ExtractedArticle one : batch) {
        total = total.plus(write(List.of(one), deferFacts, List.of()));
      }
      return total;
    }
  }

  /** Re-derives the facts of the given subjects, and DISPLACED_TO, in one transaction. */
  public void deriveFacts(Collection<String> subjectIds) {
    transactions.writeWithoutResult(tx -> facts.derive(tx, subjectIds));
  }

  /** Re-derives every fact from the stored claims. */
  public void deriveAllFacts() {
    List<String> subjects = transactions.read(facts::allSubjects);
    for (int from = 0; from < subjects.size(); from += SUBJECTS_PER_TRANSACTION) {
      List<String> slice =
          subjects.subList(from, Math.min(subjects.size(), from + SUBJECTS_PER_TRANSACTION));
      transactions.writeWithoutResult(tx -> facts.deriveSubjects(tx, slice));
    }
    // Always, so that DISPLACED_TO left over in a graph without claims goes too.
    transactions.writeWithoutResult(facts::deriveDisplaced);
  }

  private WriteResult writeInOneTransaction(
      List<ExtractedArticle> batch, boolean deferFacts, List<String> leftAlone) {
    return transactions.write(tx -> writeBatch(tx, batch, deferFacts, leftAlone));
  }

  private WriteResult writeBatch(
      CypherTransaction tx,
      List<ExtractedArticle> all,
      boolean deferFacts,
      List<String> leftAlone) {
    SortedSet<String> touched = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    all.forEach(e -> ids.add(e.article().id()));
    ids.addAll(leftAlone);
    Map<ExtractedArticle, Map<String, Object>> rowOf = new LinkedHashMap<>();
    all.forEach(e -> rowOf.put(e, ArticleRows.article(e, extractionSetup)));

    // Stored article id -> its fingerprint (null when stored before fingerprints were kept).
    Map<String, String> storedFingerprints = new HashMap<>();
    Map<String, String> storedInputs = new HashMap<>();
    Map<String, List<String>> storedSubjects = new HashMap<>();
    for (Map<String, Object> row : tx.rows(existingArticles, Map.of("ids", ids))) {
      String id = (String) row.get("id");
      storedFingerprints.put(id, (String) row.get("fingerprint"));
      storedInputs.put(id, (String) row.get("inputs"));
      storedSubjects.put(id, strings(row.get("subjects")));
    }
    int unchanged = (int) ids.stream().distinct().filter(storedFingerprints::containsKey).count();
    int written = (int) ids.stream().distinct().count() - unchanged;
    // An article stored with the same text, metadata and extraction has nothing to write.
    List<ExtractedArticle> batch =
        all.stream()
            .filter(
                e ->
                    !ArticleRows.fingerprint(rowOf.get(e))
                        .equals(storedFingerprints.get(e.article().id())))
            .toList();
    recordInputs(tx, all, batch, rowOf, storedInputs);
    if (batch.isEmpty()) {
      return new WriteResult(written, unchanged, 0, touched, List.of());
    }
    batch.forEach(e -> touched.addAll(storedSubjects.getOrDefault(e.article().id(), List.of())));

    List<Map<String, Object>> keys =
        batch.stream()
            .map(
                e ->
                    Map.<String, Object>of(
                        "id", e.article().id(), "sourceKey", e.article().sourceKey()))
            .toList();
    List<Map<String, Object>> replaced = tx.rows(replaceArticles, Map.of("articles", keys));
    replaced.forEach(row -> touched.addAll(strings(row.get("subjects"))));

    List<Entity> discovered = batch.stream().flatMap(e -> e.discovered().stream()).toList();
    if (!discovered.isEmpty()) {
      tx.run(entities, Map.of("entities", discovered.stream().map(ArticleRows::entity).toList()));
    }
    requireKnownEntities(tx, batch);

    // Articles not stored yet are created; a stored one (and an id repeated in the batch, after
    // its first row) is rewritten in place, as the last of its rows says.
    Set<String> created = new HashSet<>();
    List<Map<String, Object>> newRows = new ArrayList<>();
    List<Map<String, Object>> storedRows = new ArrayList<>();
    for (ExtractedArticle e : batch) {
      String id = e.article().id();
      boolean isNew = !storedFingerprints.containsKey(id) && created.add(id);
      (isNew ? newRows : storedRows).add(rowOf.get(e));
    }
    newArticles.create(tx, newRows);
    if (!storedRows.isEmpty()) {
      tx.run(articles, Map.of("articles", storedRows));
      tx.run(mentions, Map.of("articles", storedRows));
      tx.run(claims, Map.of("articles", storedRows));
    }

    batch.forEach(e -> e.claims().forEach(c -> touched.add(c.subjectId())));
    if (deferFacts) {
      facts.markPending(tx, touched);
    } else {
      facts.derive(tx, touched);
    }
    return new WriteResult(written, unchanged, replaced.size(), touched, List.of());
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }

  /**
   * Articles whose extraction came out as stored keep their stored properties, but when they were
   * stored with other inputs (another build, an edited rule file, or before inputs were kept) the
   * new inputs are recorded, so that the next import need not extract them.
   */
  private void recordInputs(
      CypherTransaction tx,
      List<ExtractedArticle> all,
      List<ExtractedArticle> rewritten,
      Map<ExtractedArticle, Map<String, Object>> rowOf,
      Map<String, String> storedInputs) {
    if (extractionSetup == null) {
      return;
    }
    Set<ExtractedArticle> rewrittenSet = new HashSet<>(rewritten);
    List<Map<String, Object>> refreshed = new ArrayList<>();
    for (ExtractedArticle e : all) {
      String inputs = ArticleRows.inputs(rowOf.get(e));
      String id = e.article().id();
      if (!rewrittenSet.contains(e) && !inputs.equals(storedInputs.get(id))) {
        refreshed.add(Map.of("id", id, "inputs", inputs));
      }
    }
    if (!refreshed.isEmpty()) {
      tx.run(articleInputs, Map.of("articles", refreshed));
    }
  }

  /**
   * Mentions and claims may only point at stored entities: anything else is a broken extraction.
   */
  private void requireKnownEntities(CypherTransaction tx, List<ExtractedArticle> batch) {
    Map<ExtractedArticle, Set<String>> referenced = new LinkedHashMap<>();
    for (ExtractedArticle extracted : batch) {
      referenced.put(extracted, ArticleRows.referencedEntities(extracted));
    }
    List<String> all = referenced.values().stream().flatMap(Set::stream).distinct().toList();
    Set<String> known =
        new HashSet<>(
            tx.rows(existingEntities, Map.of("ids", all)).stream()
                .map(row -> (String) row.get("id"))
                .toList());
    for (Map.Entry<ExtractedArticle, Set<String>> entry : referenced.entrySet()) {
      List<String> unknown =
          entry.getValue().stream().filter(id -> !known.contains(id)).sorted().toList();
      if (!unknown.isEmpty()) {
        Article article = entry.getKey().article();
        throw new StoreException(ArticleRows.unknownEntities(article, unknown));
      }
    }
  }

  private static Rejection rejection(Article article, RuntimeException e) {
    String reason =
        e instanceof StoreException
            ? e.getMessage()
            : "article " + article.id() + " could not be stored: " + e.getMessage();
    return new Rejection(article.file(), null, reason);
  }
}
