package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.driftgraph.extract.discover.GazetteerMerges;
import org.driftgraph.model.EntityType;
import org.driftgraph.store.EntityMerger;
import org.driftgraph.store.EntityMerger.MergeResult;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges a discovered entity into another entity: its mentions, claims and names move to the target,",
      "it is deleted, and the facts it took part in are re-derived. The merge is recorded in the merges file",
      "(default import/gazetteer-merges.json) so that the next import knows the names instead of discovering them."
    })
public final class MergeCommand implements Callable<Integer> {
  static final String DEFAULT_MERGES = "import/" + GazetteerMerges.FILE_NAME;

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Parameters(index = "0", paramLabel = "DISCOVERED_ID", description = "The entity to merge away.")
  private String fromId;

  @Parameters(index = "1", paramLabel = "INTO_ID", description = "The entity that receives it.")
  private String intoId;

  @Option(names = "--force", description = "Also merge an entity that is not marked discovered.")
  private boolean force;

  @Option(names = "--no-record", description = "Do not record the merge in the merges file.")
  private boolean noRecord;

  @Option(
      names = "--merges",
      paramLabel = "FILE",
      description = "Where merges are recorded (default: " + DEFAULT_MERGES + " in the project).")
  private Path merges;

  @Override
  public Integer call() {
    CliContext context = root.context();
    Path mergesFile =
        merges == null ? context.projectPath(DEFAULT_MERGES) : context.userPath(merges);
    // Read the merges file first: a broken file must stop the merge before the store changes.
    GazetteerMerges recorded = noRecord ? null : loadMerges(context, mergesFile);
    MergeResult result;
    try (GraphConnection connection = store.open(context)) {
      result = new EntityMerger(connection.driver()).merge(fromId, intoId, force);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage(), e);
    }
    context
        .out()
        .printf(
            "Merged %s into %s: %d article mention link(s), %d claim link(s) moved, %d self-referring"
                + " claim(s) removed, facts re-derived for %d subject(s).%n",
            fromId,
            intoId,
            result.mentionLinks(),
            result.claimLinks(),
            result.selfClaims(),
            result.rederived().size());
    context.out().println("Names of " + intoId + ": " + String.join(" | ", result.into().names()));
    if (recorded != null && !result.from().discovered()) {
      context
          .out()
          .println(
              "Not recorded: " + fromId + " comes from the gazetteer; edit the gazetteer instead.");
    } else if (recorded != null) {
      EntityType type = EntityType.fromLabel(result.into().type());
      boolean targetInGazetteer = !result.into().discovered();
      GazetteerMerges.Merge merge =
          targetInGazetteer
              ? new GazetteerMerges.Merge(intoId, type, null, null, result.movedNames())
              : new GazetteerMerges.Merge(
                  intoId, type, result.into().kind(), result.into().name(), result.into().names());
      recorded.with(merge).save(mergesFile);
      context.out().println("Recorded in " + context.display(mergesFile) + ".");
    }
    return ExitCodes.OK;
  }

  private static GazetteerMerges loadMerges(CliContext context, Path file) {
    try {
      return GazetteerMerges.load(file);
    } catch (RuntimeException e) {
      throw new CliFailure(
          "cannot read merges file " + context.display(file) + ": " + e.getMessage(), e);
    }
  }
}
