package org.driftgraph.store.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.driftgraph.store.ArticleRows;
import org.driftgraph.store.WriteResult;

/**
 * Writes the batches of an import into a new store's CSV files instead of transactions, with what
 * {@code GraphWriter.writeDeferringFacts} would do batch by batch: the same rows ({@link
 * ArticleRows}), the same counts (written, unchanged, replaced), an article stored with the same
 * fingerprint left alone, one with the same id written again, older versions with the same source
 * key removed, an article that refers to unknown entities rejected with the same reason (the batch
 * then taken one article at a time), discovered entities upserted by the same rules. Only the index
 * of what is stored is kept in memory: id, fingerprint and source key per article.
 */
public final class NewStoreWriter implements Closeable {
  private final GraphSpool spool;
  private final EntityTable entities = new EntityTable();
  private final Map<String, Stored> stored = new HashMap<>();
  private final Map<String, Set<String>> idsBySourceKey = new HashMap<>();
  private final Set<String> subjects = new HashSet<>();
  private final String setup;
  private int articles;

  private record Stored(int version, String fingerprint, String sourceKey) {}

  /**
   * Writes into {@code csvDir} (which must exist), starting with the gazetteer's entities; {@code
   * setup} is the digest of the extraction set-up each article is recorded as extracted with (see
   * {@code store.ArticleInputs}), or null.
   */
  public NewStoreWriter(Path csvDir, Collection<Entity> gazetteer, String setup) {
    this.spool = new GraphSpool(csvDir);
    this.setup = setup;
    entities.upsert(gazetteer);
  }

  /** Articles stored (the versions that will be imported). */
  public int articles() {
    return articles;
  }

  /** One batch, as {@code GraphWriter.writeDeferringFacts} would write it in one transaction. */
  public WriteResult write(List<ExtractedArticle> all) {
    if (all.isEmpty()) {
      return WriteResult.EMPTY;
    }
    Map<ExtractedArticle, Map<String, Object>> rowOf = new LinkedHashMap<>();
    all.forEach(e -> rowOf.put(e, ArticleRows.article(e, setup)));
    Set<String> distinct = new LinkedHashSet<>();
    all.forEach(e -> distinct.add(e.article().id()));
    int unchanged = (int) distinct.stream().filter(stored::containsKey).count();
    int written = distinct.size() - unchanged;
    List<ExtractedArticle> batch =
        all.stream()
            .filter(e -> !ArticleRows.fingerprint(rowOf.get(e)).equals(fingerprint(e)))
            .toList();
    TreeSet<String> touched = new TreeSet<>();
    if (batch.isEmpty()) {
      return new WriteResult(written, unchanged, 0, touched, List.of());
    }
    Set<String> known = new HashSet<>();
    batch.forEach(e -> e.discovered().forEach(d -> known.add(d.id())));
    for (ExtractedArticle extracted : batch) {
      List<String> unknown =
          ArticleRows.referencedEntities(extracted).stream()
              .filter(id -> !known.contains(id) && !entities.contains(id))
              .sorted()
              .toList();
      if (!unknown.isEmpty()) {
        return oneByOne(all, extracted.article(), unknown);
      }
    }
    int replaced = 0;
    for (ExtractedArticle extracted : batch) {
      replaced += replaceOlderVersions(extracted.article());
    }
    entities.upsert(batch.stream().flatMap(e -> e.discovered().stream()).toList());
    for (ExtractedArticle extracted : batch) {
      Article article = extracted.article();
      Stored before = stored.get(article.id());
      if (before != null) {
        spool.drop(before.version());
      } else {
        articles++;
      }
      Map<String, Object> row = rowOf.get(extracted);
      int version = spool.write(row);
      stored.put(
          article.id(), new Stored(version, ArticleRows.fingerprint(row), article.sourceKey()));
      idsBySourceKey.computeIfAbsent(article.sourceKey(), k -> new HashSet<>()).add(article.id());
      extracted.claims().forEach(c -> touched.add(c.subjectId()));
    }
    subjects.addAll(touched);
    return new WriteResult(written, unchanged, replaced, touched, List.of());
  }

  /**
   * A batch with an article that cannot be stored: as the transactional path retries, each article
   * alone, and the failing ones rejected with the reason.
   */
  private WriteResult oneByOne(List<ExtractedArticle> all, Article failing, List<String> unknown) {
    if (all.size() == 1) {
      return new WriteResult(
          0,
          0,
          0,
          new TreeSet<>(),
          List.of(
              new Rejection(failing.file(), null, ArticleRows.unknownEntities(failing, unknown))));
    }
    WriteResult total = WriteResult.EMPTY;
    for (ExtractedArticle one : all) {
      total = total.plus(write(List.of(one)));
    }
    return total;
  }

  private String fingerprint(ExtractedArticle extracted) {
    Stored before = stored.get(extracted.article().id());
    return before == null ? null : before.fingerprint();
  }

  /**
   * Removes the stored articles with this article's source key and another id; returns how many.
   */
  private int replaceOlderVersions(Article article) {
    Set<String> ids = idsBySourceKey.get(article.sourceKey());
    if (ids == null) {
      return 0;
    }
    List<String> older = ids.stream().filter(id -> !id.equals(article.id())).toList();
    for (String id : older) {
      spool.drop(stored.remove(id).version());
      ids.remove(id);
      articles--;
    }
    return older.size();
  }

  /**
   * Finishes the files: older versions removed, entities written (the subjects of claims marked for
   * their facts to be derived once the store is started).
   */
  public void finish() throws IOException {
    spool.finish(entities, subjects);
  }

  @Override
  public void close() throws IOException {
    spool.close();
  }
}
