package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The export command's formats and usage errors, none of which opens a store. */
class ExportCommandTest {
  @Test
  void helpNamesTheThreeFormatsAndWhereTheFollowTheMoneyFileGoes() {
    CliRun run = CliRun.of("export", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("csv|graphml|ftm", "import/ftm/driftgraph.ftm.jsonl");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheKnownOnes() {
    CliRun run = CliRun.of("export", "--format", "gexf");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("gexf").contains("FTM");
  }

  @Test
  void spreadsheetSafeIsForCsvOnly() {
    CliRun run = CliRun.of("export", "--format", "ftm", "--spreadsheet-safe");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--spreadsheet-safe applies to --format csv only");
  }
}
