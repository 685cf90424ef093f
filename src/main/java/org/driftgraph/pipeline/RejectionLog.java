package org.driftgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.model.Rejection;

/**
 * Every rejection of an import, streamed to a JSON Lines file as it happens, so that memory stays
 * bounded whatever the number of bad inputs (a dump of millions of bad lines): only the first
 * {@link #SAMPLE} are kept for the manifest and the terminal. The file is written under a temporary
 * name and moved into place when the import ends.
 */
final class RejectionLog implements Closeable {
  /** The rejections the manifest lists itself; the file has them all. */
  static final int SAMPLE = 100;

  static final String NAME = "import-rejections.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Path partial;
  private final List<Rejection> sample = new ArrayList<>();
  private BufferedWriter out;
  private long total;

  RejectionLog(Path folder) {
    this.file = folder.resolve(NAME);
    this.partial = folder.resolve(NAME + ".partial");
  }

  void add(Rejection rejection) {
    total++;
    if (sample.size() < SAMPLE) {
      sample.add(rejection);
    }
    try {
      if (out == null) {
        Files.createDirectories(partial.getParent());
        out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
      }
      out.write(JSON.writeValueAsString(rejection));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejection list " + partial, e);
    }
  }

  List<Rejection> sample() {
    return List.copyOf(sample);
  }

  long total() {
    return total;
  }

  /** The complete list once closed, or null when nothing was rejected. */
  Path file() {
    return total == 0 ? null : file;
  }

  /** Moves the list into place; an earlier import's list goes when this one rejected nothing. */
  @Override
  public void close() {
    try {
      if (out == null) {
        Files.deleteIfExists(file);
        return;
      }
      out.close();
      out = null;
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejection list " + file, e);
    }
  }
}
