package org.driftgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.serve.guide.BrowserGuide;
import org.driftgraph.serve.guide.GuideServer;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.ServedNeo4j.ServeSettings;

/**
 * A store served to other tools: the DBMS (Bolt and HTTP), the Browser guide of the saved queries
 * beside it on the same interface, and the address file that lets the other commands find them.
 * Closing removes the file and stops both servers.
 */
public final class ServedStore implements AutoCloseable {
  private final Path storeDir;
  private final ServedNeo4j dbms;
  private final GuideServer guide;
  private final Optional<Path> readyFile;

  private ServedStore(
      Path storeDir, ServedNeo4j dbms, GuideServer guide, Optional<Path> readyFile) {
    this.storeDir = storeDir;
    this.dbms = dbms;
    this.guide = guide;
    this.readyFile = readyFile;
  }

  /**
   * Serves {@code storeDir} as {@code settings} say, the guide on {@code guidePort} (0: a free one)
   * of the same interface.
   *
   * @param importDir the folder that Cypher's {@code LOAD CSV} may read from
   * @param readyFile where to write the addresses too once everything answers, for scripts
   */
  public static ServedStore start(
      Path storeDir,
      Path importDir,
      ServeSettings settings,
      int guidePort,
      Optional<Path> readyFile)
      throws IOException {
    String html = BrowserGuide.html(SavedQueries.list());
    ServedNeo4j dbms = ServedNeo4j.start(storeDir, importDir, settings);
    GuideServer guide = null;
    try {
      guide =
          GuideServer.start(settings.listenAddress(), guidePort, dbms.httpUri().getHost(), html);
      ServedAddresses addresses = new ServedAddresses(dbms.boltUri(), dbms.httpUri(), guide.uri());
      addresses.write(storeDir);
      if (readyFile.isPresent()) {
        addresses.writeTo(readyFile.get());
      }
      return new ServedStore(storeDir, dbms, guide, readyFile);
    } catch (IOException | RuntimeException e) {
      // Stop what did start, the guide first, as closing the whole would.
      try (ServedNeo4j startedDbms = dbms;
          GuideServer startedGuide = guide) {
        throw e;
      }
    }
  }

  public ServedNeo4j dbms() {
    return dbms;
  }

  public GuideServer guide() {
    return guide;
  }

  @Override
  public void close() throws IOException {
    try (ServedNeo4j closingDbms = dbms;
        GuideServer closingGuide = guide) {
      ServedAddresses.delete(storeDir);
      if (readyFile.isPresent()) {
        Files.deleteIfExists(readyFile.get());
      }
    }
  }
}
