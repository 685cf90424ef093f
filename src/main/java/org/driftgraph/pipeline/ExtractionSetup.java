package org.driftgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.driftgraph.extract.discover.GazetteerMerges;
import org.driftgraph.model.Digests;

/**
 * What the extraction of an article depends on besides the article itself: the gazetteer file, the
 * merges file beside it, the rule files and the build of driftgraph (its code and the word lists it
 * carries). Extraction reads nothing else and keeps nothing from one article to the next, so an
 * article stored with the same text, metadata and setup would be extracted into what is stored: the
 * import leaves it alone without extracting it again.
 */
final class ExtractionSetup {
  private ExtractionSetup() {}

  /**
   * The digest of the setup: the files' bytes (a missing merges file or rules folder counts as
   * empty, as loading them does) and the build's identity. Any edit, even of white space, counts.
   */
  static String digest(Path gazetteerFile, Path rulesDir) {
    MessageDigest digest = Digests.sha256();
    part(digest, "build", BuildIdentity.current());
    part(digest, "gazetteer", fileDigest(gazetteerFile));
    part(digest, "merges", fileDigest(gazetteerFile.resolveSibling(GazetteerMerges.FILE_NAME)));
    part(digest, "rules", fileDigest(rulesDir));
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private static String fileDigest(Path file) {
    return Files.exists(file) ? BuildIdentity.digestOf(file) : "none";
  }

  private static void part(MessageDigest digest, String name, String value) {
    digest.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
