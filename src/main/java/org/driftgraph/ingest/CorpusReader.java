package org.driftgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/**
 * Reads files and folders into articles, one document at a time: folders are walked recursively in
 * name order so that two runs see the same sequence, hidden files and folders are skipped, and one
 * file's failure is a {@link Rejection} that never stops the rest.
 *
 * <p>Formats: {@code .txt} and {@code .md} (optional front matter), {@code .html}/{@code .htm},
 * {@code .jsonl} (one article per line).
 */
public final class CorpusReader {
  /** How far past the title's length the top of a body is searched for the title. */
  private static final int HEADLINE_REACH = 300;

  /**
   * The default article size limit, 2 MiB: news articles are tens of kilobytes (the longest in the
   * seed corpus is under 8 KB), and extracting text that reads like nothing else (no punctuation,
   * every word a name or a trigger) costs up to about 40 s per MB (docs/benchmarks.md), so a stray
   * dump is rejected instead of holding an import for minutes. {@code import --max-article-size}
   * changes it.
   */
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

  /** A limit below this would reject ordinary articles; it is a mistake, not a choice. */
  public static final int MIN_ARTICLE_LIMIT_BYTES = 1024;

  private static final Set<String> PLAIN_TEXT = Set.of("txt", "md");
  private static final Set<String> HTML = Set.of("html", "htm");
  private static final String JSON_LINES = "jsonl";
  private static final String SUPPORTED = ".txt, .md, .html, .htm, .jsonl";
  private static final Comparator<Path> BY_NAME =
      Comparator.comparing(path -> path.getFileName().toString());

  private final Path baseDir;
  private final boolean followLinksOutOfRoot;
  private final int maxArticleBytes;
  private final TextDecoder decoder = new TextDecoder();
  private final HtmlExtractor htmlExtractor = new HtmlExtractor();
  private final ArticleBuilder builder = new ArticleBuilder(Boilerplate.standard());
  private final JsonLinesReader jsonLines;

  /**
   * @param baseDir files under it are recorded by their path relative to it
   */
  public CorpusReader(Path baseDir) {
    this(baseDir, false);
  }

  /**
   * @param baseDir files under it are recorded by their path relative to it
   * @param followLinksOutOfRoot read files that symbolic links under a folder point to outside that
   *     folder; off by default, so that a link planted in a corpus cannot import /etc/passwd
   */
  public CorpusReader(Path baseDir, boolean followLinksOutOfRoot) {
    this(baseDir, followLinksOutOfRoot, DEFAULT_MAX_ARTICLE_BYTES);
  }

  /**
   * @param maxArticleBytes the largest file read as one article, and the longest JSON Lines line
   *     (in characters); larger ones are rejected with their size
   */
  public CorpusReader(Path baseDir, boolean followLinksOutOfRoot, int maxArticleBytes) {
    if (maxArticleBytes < MIN_ARTICLE_LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "article size limit " + maxArticleBytes + " is below " + MIN_ARTICLE_LIMIT_BYTES);
    }
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.followLinksOutOfRoot = followLinksOutOfRoot;
    this.maxArticleBytes = maxArticleBytes;
    this.jsonLines = new JsonLinesReader(builder, maxArticleBytes);
  }

  public ReadTally read(List<Path> paths, ArticleSink sink) {
    CountingSink counting = new CountingSink(sink);
    for (Path path : paths) {
      readPath(path, counting);
    }
    return new ReadTally(counting.files, counting.articles, counting.rejected);
  }

  /**
   * A path named explicitly: read even when hidden or a link, rejected when missing, of an unknown
   * type, or not a regular file.
   */
  private void readPath(Path path, CountingSink sink) {
    Optional<String> unreadable = Entries.notReadable(path);
    if (unreadable.isPresent()) {
      sink.rejected(new Rejection(fileName(path), null, unreadable.get()));
    } else if (Files.isDirectory(path)) {
      walk(path, realRoot(path), sink);
    } else if (!isSupported(path)) {
      String type =
          extension(path).isEmpty() ? "a file without extension" : "'." + extension(path) + "'";
      sink.rejected(
          new Rejection(
              fileName(path), null, "cannot read " + type + " (supported: " + SUPPORTED + ")"));
    } else {
      readFile(path, sink);
    }
  }

  private static Path realRoot(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }

  /**
   * Symbolic links to folders are not followed (they can loop); links to files are read. Only the
   * names of one folder are held at a time.
   */
  /**
   * How many files {@link #read} will take from these paths, counted before an import so that its
   * progress can say how much is left: the same walk (hidden entries skipped, supported extensions
   * only). A folder that cannot be listed counts as empty here; reading it reports why.
   */
  public static int countFiles(List<Path> paths) {
    return (int) count(paths, file -> 1);
  }

  /**
   * About how many articles these paths hold, counted before an import to choose how to write it:
   * one per file, and for JSON Lines one per non-blank line (rejected lines included). Reads the
   * JSON Lines files once, at the speed of the disk; a file that cannot be read counts as one.
   */
  public static long countArticles(List<Path> paths) {
    return count(paths, CorpusReader::articlesIn);
  }

  private static long articlesIn(Path file) {
    if (!JSON_LINES.equals(extension(file)) || !Files.isRegularFile(file)) {
      return 1;
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> !line.isBlank()).count();
    } catch (IOException | UncheckedIOException e) {
      return 1;
    }
  }

  private static long count(List<Path> paths, ToLongFunction<Path> perFile) {
    long count = 0;
    for (Path path : paths) {
      count += Files.isDirectory(path) ? countIn(path, perFile) : perFile.applyAsLong(path);
    }
    return count;
  }

  private static long countIn(Path folder, ToLongFunction<Path> perFile) {
    List<Path> children;
    try (Stream<Path> listing = Files.list(folder)) {
      children = listing.filter(child -> !isHidden(child)).collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
    long count = 0;
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        count += countIn(child, perFile);
      } else if (isSupported(child)) {
        count += perFile.applyAsLong(child);
      }
    }
    return count;
  }

  /**
   * Every entry of a supported type is read or rejected with a reason; hidden entries and files of
   * other types are passed over. Links to folders are not followed (they can loop); links to files
   * are read when they stay under the root. Pipes and devices are never opened: reading one can
   * block for ever or never end. Only the names of one folder are held at a time.
   */
  private void walk(Path folder, Path root, CountingSink sink) {
    List<Path> children;
    try (Stream<Path> listing = Files.list(folder)) {
      children =
          listing.filter(child -> !isHidden(child)).sorted(BY_NAME).collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      sink.rejected(new Rejection(fileName(folder), null, "cannot list folder: " + e.getMessage()));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, root, sink);
      } else if (isSupported(child)) {
        Optional<String> reason = Entries.notReadable(child);
        if (reason.isEmpty() && !followLinksOutOfRoot) {
          reason = Entries.leavesRoot(child, root);
        }
        if (reason.isPresent()) {
          sink.rejected(new Rejection(fileName(child), null, reason.get()));
        } else {
          readFile(child, sink);
        }
      }
    }
  }

  private void readFile(Path path, CountingSink sink) {
    sink.files++;
    String file = fileName(path);
    String extension = extension(path);
    Article article;
    try {
      if (extension.equals(JSON_LINES)) {
        jsonLines.read(path, file, sink);
        return;
      }
      article = HTML.contains(extension) ? readHtml(path, file) : readPlainText(path, file);
    } catch (IngestException e) {
      sink.rejected(new Rejection(file, e.line(), e.getMessage()));
      return;
    } catch (IOException | UncheckedIOException e) {
      sink.rejected(new Rejection(file, null, "cannot read: " + e.getMessage()));
      return;
    }
    sink.article(article);
  }

  private Article readPlainText(Path path, String file) throws IOException, IngestException {
    DecodedText decoded = decoder.decode(readDocument(path));
    FrontMatter frontMatter = FrontMatter.parse(decoded.text());
    return builder.build(
        frontMatter.metadata(),
        withHeadline(frontMatter.metadata().title(), frontMatter.body()),
        file,
        decoded.encoding(),
        decoded.evidence(),
        file);
  }

  /**
   * The body with the front matter's title as its {@code # heading} when the body does not open
   * with it: the headline is the article's first statement (reports write "X loses A, regroups on
   * B" there and nowhere else), and the extractor reads only the text, never the metadata.
   */
  static String withHeadline(String title, String body) {
    if (title == null || title.isBlank()) {
      return body;
    }
    String heading = title.strip();
    // A body that repeats the title near its top (as a heading, after a kicker such as
    // "Analysis") already has its headline.
    String top = body.substring(0, Math.min(body.length(), heading.length() + HEADLINE_REACH));
    if (top.contains(heading)) {
      return body;
    }
    return "# " + heading + "\n\n" + body;
  }

  private Article readHtml(Path path, String file) throws IOException, IngestException {
    DecodedText decoded = decoder.decodeHtml(readDocument(path));
    HtmlExtractor.Page page = htmlExtractor.extract(decoded.text());
    return builder.build(
        page.metadata(), page.text(), file, decoded.encoding(), decoded.evidence(), file);
  }

  private byte[] readDocument(Path path) throws IOException, IngestException {
    long size = Files.size(path);
    if (size > maxArticleBytes) {
      throw new IngestException(tooLarge(size, maxArticleBytes));
    }
    // Read at most one byte past the limit: the file may have grown since its size was taken.
    byte[] bytes;
    try (var in = Files.newInputStream(path)) {
      bytes = in.readNBytes(maxArticleBytes + 1);
    }
    if (bytes.length > maxArticleBytes) {
      throw new IngestException(tooLarge(bytes.length, maxArticleBytes));
    }
    return bytes;
  }

  static String tooLarge(long size, int limit) {
    return String.format(
        Locale.ROOT,
        "file is %,d bytes, more than the article size limit of %,d bytes"
            + " (import --max-article-size)",
        size,
        limit);
  }

  /** Relative to the base folder with '/' separators when under it, else absolute. */
  private String fileName(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.startsWith(baseDir) && !absolute.equals(baseDir)) {
      Path relative = baseDir.relativize(absolute);
      return StreamSupport.stream(relative.spliterator(), false)
          .map(Path::toString)
          .collect(Collectors.joining("/"));
    }
    return absolute.toString();
  }

  private static boolean isSupported(Path path) {
    String extension = extension(path);
    return PLAIN_TEXT.contains(extension)
        || HTML.contains(extension)
        || extension.equals(JSON_LINES);
  }

  private static String extension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  /** Counts what passes through on the way to the caller's sink. */
  private static final class CountingSink implements ArticleSink {
    private final ArticleSink target;
    private int files;
    private int articles;
    private int rejected;

    CountingSink(ArticleSink target) {
      this.target = target;
    }

    @Override
    public void article(Article article) {
      articles++;
      target.article(article);
    }

    @Override
    public void rejected(Rejection rejection) {
      rejected++;
      target.rejected(rejection);
    }
  }
}
