package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.driftgraph.ingest.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void onATerminalOneLineIsRewrittenAtMostEveryTwoHundredMilliseconds() {
    Progress progress = new Progress(new PrintWriter(err), true, now::get);
    progress.start("import", 4);

    advance(100);
    progress.article("a.md");
    assertThat(err.toString()).as("too soon for the first update").isEmpty();
    advance(150);
    progress.article("b.md");
    advance(50);
    progress.article("b.md");
    advance(1_700);
    progress.rejected("c.md");
    progress.finish();

    assertThat(err.toString())
        .isEqualTo(
            "\rimport: 2/4 files, 2 articles, 8.0 articles/s, almost done"
                + "\rimport: 3/4 files, 3 articles, 1.5 articles/s, about 1 s left"
                + "\rimport: 3/4 files, 3 articles, 1.5 articles/s, done in 2.0 s "
                + System.lineSeparator());
  }

  @Test
  void timeLeftGrowsWithTheFilesStillToReadAndShorterLinesAreBlankedOut() {
    Progress progress = new Progress(new PrintWriter(err), true, now::get);
    progress.start("import", 101);
    advance(10_000);
    progress.article("1.md");
    progress.article("1.md");

    assertThat(progress.line(now.get()))
        .isEqualTo("import: 1/101 files, 2 articles, 0.2 articles/s, about 33 min 30 s left");

    progress.start("import", 0);
    advance(300);
    progress.article("x.jsonl");
    assertThat(err.toString())
        .endsWith("\rimport: 1 files, 1 articles, 3.3 articles/s" + " ".repeat(28));
  }

  @Test
  void anImportShorterThanOneUpdateLeavesNoLine() {
    Progress progress = new Progress(new PrintWriter(err), true, now::get);
    progress.start("import", 2);
    advance(150);
    progress.article("a.md");
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void notATerminalPrintsNothing() {
    Progress progress = new Progress(new PrintWriter(err), false, now::get);
    progress.start("import", 3);
    for (int i = 0; i < 10; i++) {
      advance(500);
      progress.article(i + ".md");
    }
    progress.finish();

    assertThat(progress.wantsTotal()).isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theEnvironmentCanForceOrSilenceTheProgressLine(@TempDir Path home) {
    assertThat(Progress.of(context(home, Map.of(Progress.VARIABLE, "always"))).wantsTotal())
        .isTrue();
    assertThat(Progress.of(context(home, Map.of(Progress.VARIABLE, "never"))).wantsTotal())
        .isFalse();
    // Under Maven the tests' stdin/stdout are not a terminal.
    assertThat(Progress.of(context(home, Map.of())).wantsTotal())
        .isEqualTo(System.console() != null);
  }

  @Test
  void filesAreCountedAsTheReaderTakesThem(@TempDir Path corpus) throws Exception {
    Files.createDirectories(corpus.resolve("sub/.hidden"));
    for (String name :
        List.of(
            "a.md",
            "b.TXT",
            "c.html",
            "d.jsonl",
            "sub/e.htm",
            "sub/notes.pdf",
            "sub/.hidden/f.md",
            ".g.md")) {
      Files.writeString(corpus.resolve(name), "x");
    }

    assertThat(CorpusReader.countFiles(List.of(corpus, corpus.resolve("a.md")))).isEqualTo(6);
  }

  private void advance(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  private static CliContext context(Path home, Map<String, String> env) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return new CliContext(sink, sink, env, home, home);
  }
}
