package org.driftgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;

/** report.json writes an analysis row's long evidence lists cut, with their length beside them. */
class ReportJsonTest {
  private static final EntityRef ISIS = new EntityRef("isis", "Islamic State", EntityType.ACTOR);
  private static final EntityRef TELEGRAM =
      new EntityRef("telegram", "Telegram", EntityType.PLATFORM);
  private static final EntityRef TAMTAM = new EntityRef("tamtam", "TamTam", EntityType.PLATFORM);

  private static List<Evidence> claims(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i -> new Evidence("c" + i, "a" + i, "Title " + i, i + ".md", "2019-11-29", i, "S."))
        .toList();
  }

  @Test
  void longEvidenceListsAreCutAndCountedShortOnesWrittenWhole() throws Exception {
    Displacement moved =
        new Displacement(
            ISIS,
            TELEGRAM,
            "2019-11-22",
            TAMTAM,
            "2019-11-29",
            7L,
            claims(3),
            claims(ReportJson.EVIDENCE_PER_LIST + 30));

    JsonNode row = ReportJson.MAPPER.valueToTree(Collections.singletonList(moved)).get(0);

    assertThat(row.path("banEvidence").size()).isEqualTo(3);
    assertThat(row.has("banEvidenceCount")).isFalse();
    assertThat(row.path("migrationEvidence").size()).isEqualTo(ReportJson.EVIDENCE_PER_LIST);
    assertThat(row.path("migrationEvidenceCount").asInt())
        .isEqualTo(ReportJson.EVIDENCE_PER_LIST + 30);
    assertThat(row.path("migrationEvidence").get(0).path("claim").asText()).isEqualTo("c0");
  }
}
