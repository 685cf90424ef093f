package org.driftgraph.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.driftgraph.extract.Extraction;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.store.CypherTransactions;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphCounts;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.StoreCheckpoint;
import org.driftgraph.store.StoreLocation;
import org.driftgraph.store.StoreStats;
import org.driftgraph.store.batch.NewStoreImport;
import org.driftgraph.store.export.CsvExporter;
import org.driftgraph.testing.AdminImport;
import org.driftgraph.testing.CorpusArticles;

/**
 * The transactional write path against the real {@code neo4j-admin database import} on the same
 * graph, in one run. Generates N articles ({@link ScaleCorpus}), extracts them all first (on every
 * core, not timed), then times {@link GraphWriter} writing them into a new embedded store in
 * batches of 64, facts derived once at the end as an import does; prints the seconds of the first
 * and the last 1,024 articles so that a write path that slows as the store grows shows. Then
 * exports that graph as CSV and times the import tool loading it into another new store. Records
 * are nodes plus relationships. Usage: {@code WriteThroughputBenchmark [N] [WORKDIR] [RUNS]}, RUNS
 * a comma-separated list of batch sizes, each optionally prefixed {@code bolt:} (the driver over
 * Bolt, as before the embedded transactions) or {@code embedded:} (the default: the embedded DBMS's
 * own transactions, what an import into the embedded store takes). Each run reports wall seconds,
 * the CPU seconds of the writing thread and of the whole process, and the epoch milliseconds of its
 * start and end (to cut a JFR recording to it). docs/benchmarks.md says how to run it (it needs the
 * test classpath, for the import tool). Not a test.
 */
public final class WriteThroughputBenchmark {
  private static final int BATCH = 64;
  private static final int WINDOW = 1_024;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** How the writer reaches the embedded store in a run. */
  private enum Via {
    BOLT,
    EMBEDDED
  }

  /** One timed run of the write path: its transactions and batch size. */
  private record RunSpec(Via via, int batch) {
    static RunSpec parse(String text) {
      String[] parts = text.strip().split(":");
      return parts.length == 1
          ? new RunSpec(Via.EMBEDDED, Integer.parseInt(parts[0]))
          : new RunSpec(Via.valueOf(parts[0].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[1]));
    }

    @Override
    public String toString() {
      return via.name().toLowerCase(Locale.ROOT) + ", batches of " + batch;
    }
  }

  private WriteThroughputBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
    List<RunSpec> runs =
        args.length > 2
            ? Arrays.stream(args[2].split(",")).map(RunSpec::parse).toList()
            : List.of(new RunSpec(Via.BOLT, BATCH), new RunSpec(Via.EMBEDDED, BATCH));
    Path work =
        args.length > 1
            ? Files.createDirectories(Path.of(args[1]))
            : Files.createTempDirectory("driftgraph-write-bench");
    Path importDir = Path.of("import");
    Path corpus = work.resolve("corpus-" + count + ".jsonl");
    ScaleCorpus.generate(count, corpus, importDir);
    Extraction extraction = Extraction.load(importDir);
    List<ExtractedArticle> extracted = extractOnce(corpus, extraction, work);

    List<WriteRun> written = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunSpec spec = runs.get(i);
      // A new store per run: in one left by an earlier run every article would be stored already.
      Path store =
          work.resolve("write-store-" + (i + 1) + "-" + spec.via() + "-batch-" + spec.batch());
      if (Files.exists(store)) {
        throw new IllegalStateException(store + " exists: give a new work folder");
      }
      Path csv = work.resolve("csv-" + (i + 1));
      written.add(writePath(extracted, extraction, store, spec, work, csv));
    }
    long records = written.get(0).records();
    Path csv = work.resolve("csv-1");
    // -Dbench.batchPath=false leaves the batch path out, for runs that compare the write path only.
    boolean withBatchPath = Boolean.parseBoolean(System.getProperty("bench.batchPath", "true"));
    double batchSeconds = withBatchPath ? batchPath(extracted, extraction, work) : Double.NaN;
    Timer admin = Timer.start();
    adminImport(csv, work.resolve("admin-home"));
    Timer.Elapsed adminTime = admin.stop();
    System.out.printf(
        Locale.ROOT,
        "neo4j-admin database import: the same %d records in %s: %.0f records/s%n",
        records,
        adminTime,
        records / adminTime.wall());
    for (int i = 0; i < runs.size(); i++) {
      Timer.Elapsed time = written.get(i).time();
      System.out.printf(
          Locale.ROOT,
          "write path (%s) / neo4j-admin: %.2f by wall time, %.2f by process CPU"
              + " (target at least 0.25)%n",
          runs.get(i),
          adminTime.wall() / time.wall(),
          adminTime.processCpu() / time.processCpu());
    }
    double firstWriteSeconds = written.get(0).time().wall();
    System.out.printf(
        Locale.ROOT,
        "batch path (new store, end to end): the same %d records in %.1f s: %.0f records/s,"
            + " %.2f of the write path's time%n",
        records,
        batchSeconds,
        records / batchSeconds,
        batchSeconds / firstWriteSeconds);
    System.out.println("(work folder: " + work + ")");
  }

  /** What one timed run of the write path wrote, and in how much time. */
  private record WriteRun(long records, Timer.Elapsed time) {}

  /** Wall time, the CPU time of the calling thread and of the whole process, from a start. */
  private record Timer(long wallNanos, long threadCpuNanos, long processCpuNanos, long epochMs) {
    static Timer start() {
      return new Timer(
          System.nanoTime(), THREADS.getCurrentThreadCpuTime(), processCpu(), epochMillis());
    }

    Elapsed stop() {
      return new Elapsed(
          (System.nanoTime() - wallNanos) / 1e9,
          (THREADS.getCurrentThreadCpuTime() - threadCpuNanos) / 1e9,
          (processCpu() - processCpuNanos) / 1e9,
          epochMs,
          epochMillis());
    }

    private static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    private static long epochMillis() {
      return System.currentTimeMillis();
    }

    /** Seconds of wall, thread CPU and process CPU, and the epoch milliseconds of both ends. */
    record Elapsed(double wall, double threadCpu, double processCpu, long fromMs, long toMs) {
      @Override
      public String toString() {
        return String.format(
            Locale.ROOT,
            "%.1f s wall (CPU: this thread %.1f s, process %.1f s; epoch ms %d-%d, load %s)",
            wall,
            threadCpu,
            processCpu,
            fromMs,
            toMs,
            loadAverage());
      }
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /**
   * Times {@link GraphWriter} writing the articles into a new store as {@code spec} says, the facts
   * derived once at the end, prints the figures and exports the graph to {@code csv}.
   */
  private static WriteRun writePath(
      List<ExtractedArticle> extracted,
      Extraction extraction,
      Path store,
      RunSpec spec,
      Path work,
      Path csv)
      throws IOException {
    int batch = spec.batch();
    try (GraphConnection connection = new StoreLocation.Embedded(store, work).open()) {
      CypherTransactions transactions =
          spec.via() == Via.BOLT
              ? CypherTransactions.over(connection.driver())
              : connection.transactions();
      GraphWriter writer = new GraphWriter(transactions, null);
      writer.upsertEntities(extraction.gazetteer().entities());
      Timer timer = Timer.start();
      long t0 = System.nanoTime();
      long windowStart = t0;
      List<Double> windows = new ArrayList<>();
      for (int from = 0; from < extracted.size(); from += batch) {
        int done = Math.min(extracted.size(), from + batch);
        writer.writeDeferringFacts(extracted.subList(from, done));
        if (done / WINDOW > from / WINDOW || done == extracted.size()) {
          long now = System.nanoTime();
          windows.add((now - windowStart) / 1e9);
          windowStart = now;
        }
      }
      long t1 = System.nanoTime();
      writer.derivePendingFacts();
      long t2 = System.nanoTime();
      Timer.Elapsed time = timer.stop();
      double seconds = (t2 - t0) / 1e9;
      GraphCounts counts = StoreStats.count(connection.driver());
      // Every node has exactly one of these three labels; every relationship one type.
      long nodes = counts.nodes("Entity") + counts.nodes("Article") + counts.nodes("Claim");
      long relationships = counts.relationships().values().stream().mapToLong(x -> x).sum();
      long records = nodes + relationships;
      System.out.printf(
          Locale.ROOT,
          "write path (%s): %d articles, %d records (%d nodes, %d relationships) in"
              + " %.1f s (batches %.1f s, facts at the end %.1f s): %.0f records/s; %s%n",
          spec,
          extracted.size(),
          records,
          nodes,
          relationships,
          seconds,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          records / seconds,
          time);
      System.out.printf(
          Locale.ROOT,
          "seconds per %d articles, first to last: %s%n",
          WINDOW,
          windows.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList());
      new CsvExporter(connection.driver()).export(csv);
      return new WriteRun(records, time);
    }
  }

  /**
   * The batch path of a new store ({@code BatchImportPipeline} without the reading and extraction):
   * CSV files in batches of 64, the import tool, the store started with its schema, the facts
   * derived, a checkpoint. Returns its seconds and prints each step's.
   */
  private static double batchPath(
      List<ExtractedArticle> extracted, Extraction extraction, Path work) {
    Path store = work.resolve("batch-store");
    long t0 = System.nanoTime();
    long t1;
    try (NewStoreImport batch =
        NewStoreImport.begin(store, extraction.gazetteer().entities(), null)) {
      for (int from = 0; from < extracted.size(); from += BATCH) {
        batch.writer().write(extracted.subList(from, Math.min(extracted.size(), from + BATCH)));
      }
      t1 = System.nanoTime();
      batch.importIntoStore("the generated corpus");
    }
    long t2 = System.nanoTime();
    long t3;
    long t4;
    GraphCounts counts;
    try (GraphConnection connection = new StoreLocation.Embedded(store, work).open()) {
      t3 = System.nanoTime();
      NewStoreImport.complete(connection.driver());
      new GraphWriter(connection.transactions(), null).derivePendingFacts();
      StoreCheckpoint.run(connection.driver());
      t4 = System.nanoTime();
      counts = StoreStats.count(connection.driver());
    }
    long t5 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "batch path: CSV files %.1f s, import tool and move %.1f s, start with schema %.1f s,"
            + " facts and checkpoint %.1f s, shutdown %.1f s; %d nodes%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (t4 - t3) / 1e9,
        (t5 - t4) / 1e9,
        counts.nodes("Entity") + counts.nodes("Article") + counts.nodes("Claim"));
    return (t4 - t0) / 1e9;
  }

  /**
   * The extracted articles, read from {@code extracted-N.json} in the work folder when an earlier
   * run left it there, so that runs with other batch sizes skip extraction and write the same
   * input; delete the file after changing the extractor.
   */
  private static List<ExtractedArticle> extractOnce(Path corpus, Extraction extraction, Path work)
      throws IOException {
    Path cache = work.resolve(corpus.getFileName().toString().replace("corpus-", "extracted-"));
    cache = cache.resolveSibling(cache.getFileName().toString().replace(".jsonl", ".json"));
    ObjectMapper json = new ObjectMapper();
    if (Files.exists(cache)) {
      System.out.println("extracted articles read from " + cache + " (delete it to extract again)");
      return json.readValue(cache.toFile(), new TypeReference<List<ExtractedArticle>>() {});
    }
    List<ExtractedArticle> extracted = extract(corpus, extraction);
    json.writeValue(cache.toFile(), extracted);
    return extracted;
  }

  private static List<ExtractedArticle> extract(Path corpus, Extraction extraction) {
    // The generator reuses paragraphs of the seed corpus, some of which hold a raw U+FFFD: those
    // lines are rejected, as an import would, and left out here.
    List<Article> articles =
        CorpusArticles.read(
            corpus.getParent(),
            List.of(corpus),
            rejection -> System.out.println("left out: " + rejection.describe()));
    AtomicInteger claims = new AtomicInteger();
    long t0 = System.nanoTime();
    List<ExtractedArticle> extracted =
        articles.parallelStream()
            .map(extraction.extractor()::extract)
            .peek(e -> claims.addAndGet(e.claims().size()))
            .toList();
    System.out.printf(
        Locale.ROOT,
        "extracted %d articles, %d claims in %.1f s (not timed below)%n",
        extracted.size(),
        claims.get(),
        (System.nanoTime() - t0) / 1e9);
    return extracted;
  }

  /** Runs {@code neo4j-admin database import full} in this JVM. */
  private static void adminImport(Path csv, Path home) throws IOException {
    AdminImport.run(csv, home);
  }
}
