package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.driftgraph.extract.Extraction;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.pipeline.ImportRequest;
import org.driftgraph.pipeline.WriterChoice;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code run} and {@code import}: the gazetteer, the report folder, the batch,
 * the extraction threads.
 */
public final class ImportOptions {
  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "Reference entities (default: import/gazetteer.json in the project).")
  Path gazetteer;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "Where the summary and the import manifest go (default: reports/latest).")
  Path reports;

  // Initialised for the scheduler, which imports with the defaults and no command line.
  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + ImportRequest.DEFAULT_BATCH,
      description = "Articles written per transaction (default: ${DEFAULT-VALUE}).")
  int batch = ImportRequest.DEFAULT_BATCH;

  // Not a defaultValue: the number of cores is known only when the command runs.
  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Threads that extract articles (default: the number of cores). One writer stores them in"
              + " reading order, so the store is the same for any N.")
  int workers = ImportRequest.defaultWorkers();

  @Option(
      names = "--follow-links",
      description =
          "Read files that symbolic links inside an imported folder point to outside it (default:"
              + " such links are listed in the manifest as not followed).")
  boolean followLinks;

  @Option(
      names = "--max-article-size",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      description =
          "The largest file (or JSON Lines line) read as one article, in bytes or with a KB or MB"
              + " suffix (1024-based); larger ones are rejected with their size (default: 2MB).")
  int maxArticleBytes = ImportRequest.DEFAULT_MAX_ARTICLE_BYTES;

  @Option(
      names = "--writer",
      paramLabel = "MODE",
      defaultValue = "auto",
      converter = WriterChoiceConverter.class,
      description =
          "How articles are written: transactional (batches of transactions), batch (a new store"
              + " built by neo4j-admin database import) or auto (default: batch for a new store fed"
              + " at least "
              + WriterChoice.BATCH_THRESHOLD
              + " articles, else transactional). Imports into a store that holds a database are"
              + " always transactional.")
  WriterChoice writer = WriterChoice.AUTO;

  /** Reads {@code auto}, {@code batch} or {@code transactional}. */
  static final class WriterChoiceConverter implements CommandLine.ITypeConverter<WriterChoice> {
    @Override
    public WriterChoice convert(String value) {
      for (WriterChoice choice : WriterChoice.values()) {
        if (choice.value().equals(value)) {
          return choice;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of auto, batch, transactional");
    }
  }

  /** The import of {@code paths} (resolved already) that these options ask for. */
  ImportRequest request(CliContext context, List<Path> paths) {
    if (batch < 1) {
      throw new UsageFailure("--batch must be at least 1, not " + batch);
    }
    if (workers < 1) {
      throw new UsageFailure("--workers must be at least 1, not " + workers);
    }
    if (maxArticleBytes < CorpusReader.MIN_ARTICLE_LIMIT_BYTES) {
      throw new UsageFailure(
          "--max-article-size must be at least 1KB, not " + maxArticleBytes + " bytes");
    }
    return new ImportRequest(
        paths,
        context.home(),
        paths.stream().map(context::display).toList(),
        gazetteerFile(context),
        context.projectPath("import").resolve(Extraction.RULES),
        batch,
        reportDir(context),
        followLinks,
        maxArticleBytes,
        workers);
  }

  Path gazetteerFile(CliContext context) {
    return gazetteer == null
        ? context.projectPath("import/gazetteer.json")
        : context.userPath(gazetteer);
  }

  Path reportDir(CliContext context) {
    return reports == null ? context.projectPath("reports/latest") : context.userPath(reports);
  }
}
