package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Digests;
import org.driftgraph.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path base;

  @Test
  void walksFoldersInNameOrderSkippingHiddenAndUnsupportedFiles() throws IOException {
    write("corpus/b.txt", "Second file.");
    write("corpus/a/z.md", "# Nested markdown\n\nBody.");
    write("corpus/a/c.htm", "<html><body><article><p>Page text.</p></article></body></html>");
    write("corpus/.hidden.txt", "Hidden file.");
    write("corpus/.git/config.txt", "Hidden folder.");
    write("corpus/notes.pdf", "Not supported inside a folder: skipped silently.");
    write("corpus/c.jsonl", "{\"text\": \"From JSON.\"}\n");

    CollectingSink sink = new CollectingSink();
    ReadTally tally = new CorpusReader(base).read(List.of(base.resolve("corpus")), sink);

    assertThat(sink.files())
        .containsExactly("corpus/a/c.htm", "corpus/a/z.md", "corpus/b.txt", "corpus/c.jsonl");
    assertThat(sink.rejections).isEmpty();
    assertThat(tally).isEqualTo(new ReadTally(4, 4, 0));
    assertThat(sink.articles.get(1).title()).isEqualTo("Nested markdown");
  }

  @Test
  void aFrontMatterTitleMissingFromTheBodyBecomesItsHeadline() throws IOException {
    write(
        "corpus/kicker.md",
        "---\ntitle: Group loses Instagram, regroups on Minds\n---\nAnalysis\n\nThe body.\n");
    write(
        "corpus/repeated.md",
        "---\ntitle: Group loses Instagram\n---\n# Group loses Instagram\n\nThe body.\n");

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base.resolve("corpus")), sink);

    assertThat(sink.articles.get(0).text())
        .startsWith("# Group loses Instagram, regroups on Minds\n\nAnalysis");
    assertThat(sink.articles.get(1).text()).startsWith("# Group loses Instagram\n\nThe body.");
  }

  @Test
  void everyEntryOfASupportedTypeIsReadOrRejectedWithAReason() throws Exception {
    write("corpus/a-good.txt", "A good article.");
    write("corpus/empty.jsonl", "");
    write("corpus/blank.jsonl", "\n   \n\t\n");
    write("outside/secret.txt", "Outside the import folder.");
    Path corpus = base.resolve("corpus");
    Files.createSymbolicLink(corpus.resolve("loop-a.txt"), corpus.resolve("loop-b.txt"));
    Files.createSymbolicLink(corpus.resolve("loop-b.txt"), corpus.resolve("loop-a.txt"));
    Files.createSymbolicLink(corpus.resolve("dangling.md"), corpus.resolve("nowhere.md"));
    Files.createSymbolicLink(corpus.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(corpus.resolve("random.txt"), Path.of("/dev/urandom"));
    Files.createSymbolicLink(corpus.resolve("passwd.txt"), base.resolve("outside/secret.txt"));
    Files.createSymbolicLink(corpus.resolve("same.txt"), corpus.resolve("a-good.txt"));
    boolean fifo = mkfifo(corpus.resolve("x.txt"));

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(corpus), sink);

    assertThat(sink.files()).containsExactly("corpus/a-good.txt", "corpus/same.txt");
    assertThat(sink.rejections)
        .extracting(Rejection::file, r -> r.reason().replaceAll("[:(].*", "").trim())
        .containsAll(
            List.of(
                tuple("corpus/blank.jsonl", "no article"),
                tuple("corpus/dangling.md", "dangling symbolic link"),
                tuple("corpus/empty.jsonl", "no article"),
                tuple("corpus/loop-a.txt", "symbolic link loop"),
                tuple("corpus/loop-b.txt", "symbolic link loop"),
                tuple(
                    "corpus/passwd.txt",
                    "symbolic link to "
                        + base.toRealPath()
                        + "/outside/secret.txt, outside the import folder"),
                tuple("corpus/random.txt", "not a regular file"),
                tuple("corpus/zero.txt", "not a regular file")))
        .hasSize(fifo ? 9 : 8);
    if (fifo) {
      assertThat(sink.rejections)
          .filteredOn(r -> r.file().equals("corpus/x.txt"))
          .extracting(Rejection::reason)
          .singleElement()
          .asString()
          .contains("named pipe");
    }
  }

  @Test
  void linksOutOfTheRootAreReadWhenAskedFor() throws IOException {
    write("outside/kept.txt", "Kept through a link.");
    Files.createDirectories(base.resolve("corpus"));
    Files.createSymbolicLink(base.resolve("corpus/link.txt"), base.resolve("outside/kept.txt"));

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base, true).read(List.of(base.resolve("corpus")), sink);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).extracting(Article::text).containsExactly("Kept through a link.");
  }

  @Test
  void aPipeNamedExplicitlyIsNeverOpened() throws Exception {
    Path pipe = base.resolve("named.txt");
    assumeTrue(mkfifo(pipe), "mkfifo is not available here");

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(pipe), sink);

    assertThat(sink.rejections)
        .extracting(Rejection::reason)
        .singleElement()
        .asString()
        .contains("named pipe");
  }

  /** A FIFO through the system's mkfifo (Java has no call for it); false where there is none. */
  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void explicitUnsupportedAndMissingPathsAreRejectedAndTheRestStillReads() throws IOException {
    write("notes.pdf", "whatever");
    write("ok.txt", "Readable.");

    CollectingSink sink = new CollectingSink();
    ReadTally tally =
        new CorpusReader(base)
            .read(
                List.of(
                    base.resolve("notes.pdf"), base.resolve("missing.txt"), base.resolve("ok.txt")),
                sink);

    assertThat(sink.rejections)
        .extracting(Rejection::file, Rejection::line)
        .containsExactly(tuple("notes.pdf", null), tuple("missing.txt", null));
    assertThat(sink.rejections.get(0).reason()).contains("'.pdf'");
    assertThat(sink.rejections.get(1).reason()).contains("no such file");
    assertThat(sink.files()).containsExactly("ok.txt");
    assertThat(tally).isEqualTo(new ReadTally(1, 1, 2));
  }

  @Test
  void filesOutsideTheBaseFolderKeepTheirAbsolutePath(@TempDir Path elsewhere) throws IOException {
    Path file = Files.writeString(elsewhere.resolve("far.txt"), "Far away.");

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(file), sink);

    assertThat(sink.files()).containsExactly(file.toAbsolutePath().normalize().toString());
  }

  @Test
  void plainTextBecomesAnArticleWithFrontMatterHashAndDetectedLanguage() throws IOException {
    write(
        "news/one.txt",
        "---\ntitle: Given title\npublished: 2019-12\npublisher: \"Example\"\n---\n"
            + "Headline line\n\nThe service said it was removing the accounts of the group.\n");

    Article article = readOne("news/one.txt");

    assertThat(article.title()).isEqualTo("Given title");
    assertThat(article.published()).isEqualTo("2019-12");
    assertThat(article.publisher()).isEqualTo("Example");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.text())
        .isEqualTo(
            "# Given title\n\nHeadline line\n\n"
                + "The service said it was removing the accounts of the group.");
    assertThat(article.sha256()).isEqualTo(Digests.sha256Hex(article.text())).hasSize(64);
    assertThat(article.id()).isEqualTo(article.sha256().substring(0, 16));
    assertThat(article.sourceKey()).isEqualTo("news/one.txt");
    assertThat(article.url()).isNull();
    assertThat(article.encoding()).isEqualTo("UTF-8");
    assertThat(article.encodingEvidence()).isEqualTo("valid UTF-8");
  }

  @Test
  void urlIsTheSourceKeyAndFirstLineTheTitle() throws IOException {
    write("two.md", "---\nurl: https://example.org/a\n---\n\n  First line of text  \nMore.");

    Article article = readOne("two.md");

    assertThat(article.sourceKey()).isEqualTo("https://example.org/a");
    assertThat(article.title()).isEqualTo("First line of text");
  }

  @Test
  void titleFromTextIsCutAt200Characters() throws IOException {
    write("long.txt", "y".repeat(300));

    assertThat(readOne("long.txt").title()).hasSize(200);
  }

  @Test
  void longFirstLineIsCutAtAWordBoundary() throws IOException {
    write("words.txt", "word ".repeat(100));

    assertThat(readOne("words.txt").title())
        .hasSizeLessThanOrEqualTo(200)
        .endsWith("word")
        .startsWith("word word");
  }

  @Test
  void windows1256FileIsDecodedAndRecorded() throws IOException {
    String arabic = "قالت الشركة إنها حذفت آلاف الحسابات المرتبطة بالجماعة خلال الأسبوع الماضي.";
    Files.write(base.resolve("old.txt"), arabic.getBytes(Charset.forName("windows-1256")));

    Article article = readOne("old.txt");

    assertThat(article.text()).isEqualTo(arabic);
    assertThat(article.encoding()).isEqualTo("windows-1256");
    assertThat(article.encodingEvidence()).contains("Arabic");
    assertThat(article.language()).isEqualTo("ar");
  }

  @Test
  void malformedFrontMatterIsRejectedWithFileAndLine() throws IOException {
    write("bad.txt", "---\ntitle: ok\npublished: yesterday\n---\nBody.");

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base.resolve("bad.txt")), sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.describe()).startsWith("bad.txt:3: ");
              assertThat(r.reason()).contains("yesterday");
            });
  }

  @Test
  void documentOfOnlyBoilerplateIsRejected() throws IOException {
    write("empty.txt", "[ad_1]\nSource link\n");

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base.resolve("empty.txt")), sink);

    assertThat(sink.rejections)
        .extracting(Rejection::reason)
        .containsExactly("no text left after removing boilerplate");
  }

  @Test
  void htmlFileUsesPageMetadata() throws IOException {
    Files.copy(
        CorpusReaderTest.class.getResourceAsStream("/ingest/news-page.html"),
        base.resolve("page.html"));

    Article article = readOne("page.html");

    assertThat(article.sourceKey()).isEqualTo("https://example.org/news/2019/12/08/app");
    assertThat(article.published()).isEqualTo("2019-12-08T10:15:00+02:00");
    assertThat(article.language()).isEqualTo("ar");
    assertThat(article.text()).doesNotContain("tracking", "الرئيسية", "جميع الحقوق", "واتساب");
  }

  @Test
  void jsonLinesImportsGoodLinesAndRejectsBadOnesByLineNumber() throws IOException {
    write(
        "dump.jsonl",
        String.join(
            "\n",
            "{\"title\": \"One\", \"url\": \"https://example.org/1\", \"published\": \"2019-11-30\","
                + " \"language\": \"en\", \"publisher\": \"P\", \"text\": \"First article text.\"}",
            "",
            "{\"title\": \"Broken\", \"text\": ",
            "{\"title\": \"No text\"}",
            "{\"text\": \"Bad date.\", \"published\": \"30/11/2019\"}",
            "{\"text\": \"Bad language.\", \"language\": \"fr\"}",
            "[1, 2]",
            "{\"text\": \"Last article text, no url.\"}",
            ""));

    CollectingSink sink = new CollectingSink();
    ReadTally tally = new CorpusReader(base).read(List.of(base.resolve("dump.jsonl")), sink);

    assertThat(sink.articles)
        .extracting(Article::sourceKey, Article::title, Article::published)
        .containsExactly(
            tuple("https://example.org/1", "One", "2019-11-30"),
            tuple("dump.jsonl#L8", "Last article text, no url.", null));
    assertThat(sink.rejections).extracting(Rejection::line).containsExactly(3, 4, 5, 6, 7);
    assertThat(sink.rejections)
        .extracting(Rejection::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("invalid JSON"),
            r -> assertThat(r).contains("text"),
            r -> assertThat(r).contains("30/11/2019"),
            r -> assertThat(r).contains("'fr'"),
            r -> assertThat(r).contains("JSON object"));
    assertThat(tally).isEqualTo(new ReadTally(1, 2, 5));
  }

  @Test
  void jsonLinesIsAsStrictAsTheOtherFormats() throws IOException {
    write(
        "strict.jsonl",
        String.join(
            "\n",
            "{\"text\": \"Trailing junk after the object.\"} {\"text\": \"x\"}",
            "{\"text\": \"A NUL \\u0000 inside.\"}",
            "{\"text\": \"A lone surrogate \\uD800 inside.\"}",
            "{\"text\": \"First text.\", \"text\": \"Second text.\"}",
            "{\"title\": \"Pair \\uD83D\\uDE00 is fine\", \"text\": \"Kept.\"}",
            ""));

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base.resolve("strict.jsonl")), sink);

    assertThat(sink.articles).extracting(Article::text).containsExactly("Kept.");
    assertThat(sink.rejections)
        .extracting(Rejection::line, Rejection::reason)
        .satisfiesExactly(
            r -> assertThat(r.toList()).first().isEqualTo(1),
            r -> assertThat(r.toList()).containsExactly(2, "\"text\" holds a NUL character at 6"),
            r ->
                assertThat(r.toList())
                    .containsExactly(3, "\"text\" holds a lone surrogate \\uD800 at 17"),
            r -> assertThat(r.toList().get(1).toString()).contains("Duplicate field 'text'"));
    assertThat(sink.rejections.get(0).reason()).contains("Trailing token");
  }

  @Test
  void jsonLinesWithUtf16ByteOrderMark() throws IOException {
    byte[] body = "{\"text\": \"نص قصير للاختبار\"}\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(base.resolve("wide.jsonl"), bytes);

    Article article = readOne("wide.jsonl");

    assertThat(article.text()).isEqualTo("نص قصير للاختبار");
    assertThat(article.encoding()).isEqualTo("UTF-16LE (BOM)");
    assertThat(article.encodingEvidence()).isEqualTo("byte order mark");
  }

  @Test
  void jsonLinesRejectsOnlyTheLineWithInvalidUtf8() throws IOException {
    byte[] good = "{\"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {
      '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'
    };
    byte[] bytes = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy(bad, 0, bytes, good.length, bad.length);
    System.arraycopy(good, 0, bytes, good.length + bad.length, good.length);
    Files.write(base.resolve("mixed.jsonl"), bytes);

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base.resolve("mixed.jsonl")), sink);

    assertThat(sink.articles).hasSize(2);
    assertThat(sink.rejections)
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(tuple(2, "not valid UTF-8"));
  }

  @Test
  void sameTextTwiceGivesTheSameId() throws IOException {
    write("x/one.txt", "Identical text.");
    write("y/one.txt", "Identical text.\n\n\n");

    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base), sink);

    assertThat(sink.articles)
        .extracting(Article::id)
        .hasSize(2)
        .containsOnly(sink.articles.get(0).id());
    assertThat(sink.articles)
        .extracting(Article::sourceKey)
        .containsExactly("x/one.txt", "y/one.txt");
  }

  private Article readOne(String name) {
    CollectingSink sink = new CollectingSink();
    new CorpusReader(base).read(List.of(base.resolve(name)), sink);
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).hasSize(1);
    return sink.articles.get(0);
  }

  private void write(String relative, String content) throws IOException {
    Path path = base.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
  }
}
