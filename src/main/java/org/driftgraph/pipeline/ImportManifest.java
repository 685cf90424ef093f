package org.driftgraph.pipeline;

import java.util.List;
import org.driftgraph.model.Rejection;

/**
 * What one import did, written as JSON beside the summary so that a scheduled run can be audited.
 *
 * @param inputs the paths given, as shown to the user
 * @param files files read (a JSON Lines file counts once)
 * @param articles articles read
 * @param extracted articles extracted; the others were stored already with the same text, metadata,
 *     gazetteer, rules and build, and were left alone ({@code UnchangedArticles})
 * @param written articles stored for the first time
 * @param unchanged articles whose text was already stored (re-importing them changes nothing)
 * @param replaced articles that replaced an earlier version of the same source (text changed)
 * @param rejected the first rejections (file, line and reason), at most {@link RejectionLog#SAMPLE}
 * @param rejectedTotal how many inputs were rejected in all
 * @param rejectionsFile the file beside the manifest that lists every rejection, or null when there
 *     were none
 * @param sentencesCut the first articles whose over-long sentences were cut, at most {@link
 *     #NOTES_LISTED}
 * @param articlesWithCuts how many articles had sentences cut in all
 * @param sentenceCuts how many cuts were made in all
 */
public record ImportManifest(
    String startedAt,
    long millis,
    List<String> inputs,
    int files,
    int articles,
    int extracted,
    int written,
    int unchanged,
    int replaced,
    List<Rejection> rejected,
    long rejectedTotal,
    String rejectionsFile,
    List<SentenceCuts> sentencesCut,
    long articlesWithCuts,
    long sentenceCuts) {

  /** Articles with cut sentences the manifest names; the totals count them all. */
  public static final int NOTES_LISTED = 100;

  /** The same manifest with the import's time, when steps after the writing are counted in. */
  ImportManifest withMillis(long total) {
    return new ImportManifest(
        startedAt,
        total,
        inputs,
        files,
        articles,
        extracted,
        written,
        unchanged,
        replaced,
        rejected,
        rejectedTotal,
        rejectionsFile,
        sentencesCut,
        articlesWithCuts,
        sentenceCuts);
  }

  public ImportManifest {
    inputs = List.copyOf(inputs);
    rejected = List.copyOf(rejected);
    // A manifest written before the notes existed reads back without them.
    sentencesCut = sentencesCut == null ? List.of() : List.copyOf(sentencesCut);
    long listedCuts = sentencesCut.stream().mapToLong(SentenceCuts::cuts).sum();
    if (articlesWithCuts < sentencesCut.size()
        || sentenceCuts < Math.max(articlesWithCuts, listedCuts)
        || sentencesCut.size() > NOTES_LISTED) {
      throw new IllegalArgumentException(
          "sentence-cut totals "
              + articlesWithCuts
              + " articles, "
              + sentenceCuts
              + " cuts do not fit the "
              + sentencesCut.size()
              + " listed");
    }
    if (files < 0
        || articles < 0
        || extracted < 0
        || extracted > articles
        || written < 0
        || unchanged < 0
        || replaced < 0
        || millis < 0) {
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
