package org.driftgraph.pipeline;

import java.util.List;
import org.driftgraph.model.Rejection;

/**
 * What one import did, written as JSON beside the summary so that a scheduled run can be audited.
 *
 * @param inputs the paths given, as shown to the user
 * @param files files read (a JSON Lines file counts once)
 * @param articles articles read and extracted
 * @param written articles stored for the first time
 * @param unchanged articles whose text was already stored (re-importing them changes nothing)
 * @param replaced articles that replaced an earlier version of the same source (text changed)
 * @param rejected the first rejections (file, line and reason), at most {@link RejectionLog#SAMPLE}
 * @param rejectedTotal how many inputs were rejected in all
 * @param rejectionsFile the file beside the manifest that lists every rejection, or null when there
 *     were none
 */
public record ImportManifest(
    String startedAt,
    long millis,
    List<String> inputs,
    int files,
    int articles,
    int written,
    int unchanged,
    int replaced,
    List<Rejection> rejected,
    long rejectedTotal,
    String rejectionsFile) {

  public ImportManifest {
    inputs = List.copyOf(inputs);
    rejected = List.copyOf(rejected);
    if (files < 0 || articles < 0 || written < 0 || unchanged < 0 || replaced < 0 || millis < 0) {
      throw new IllegalArgumentException("import counts cannot be negative");
    }
    if (rejectedTotal < rejected.size()) {
      throw new IllegalArgumentException(
          "rejectedTotal " + rejectedTotal + " is less than the " + rejected.size() + " listed");
    }
    if ((rejectedTotal > 0) != (rejectionsFile != null)) {
      throw new IllegalArgumentException("the rejection list file goes with rejections, and only");
    }
  }

  public boolean hasRejections() {
    return rejectedTotal > 0;
  }
}
