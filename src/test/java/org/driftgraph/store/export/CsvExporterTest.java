package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

class CsvExporterTest {

  @Test
  void writesScalarsAsJavaPrintsThemAndMissingValuesAsNull() {
    assertThat(CsvExporter.field("f.csv", "name", Values.value("تام تام"))).isEqualTo("تام تام");
    assertThat(CsvExporter.field("f.csv", "count:int", Values.value(3L))).isEqualTo("3");
    assertThat(CsvExporter.field("f.csv", "confidence:double", Values.value(0.85)))
        .isEqualTo("0.85");
    assertThat(CsvExporter.field("f.csv", "discovered:boolean", Values.value(true)))
        .isEqualTo("true");
    assertThat(CsvExporter.field("f.csv", "kind", Values.NULL)).isNull();
  }

  @Test
  void joinsListsWithTheArrayDelimiterAndWritesAnEmptyListAsAnEmptyString() {
    assertThat(
            CsvExporter.field(
                "f.csv", "names:string[]", Values.value(List.of("TamTam", "تام تام"))))
        .isEqualTo("TamTam;تام تام");
    assertThat(CsvExporter.field("f.csv", "names:string[]", Values.value(List.of()))).isEmpty();
  }

  @Test
  void refusesAListElementHoldingTheArrayDelimiter() {
    assertThatThrownBy(
            () -> CsvExporter.field("entities.csv", "names:string[]", Values.value(List.of("a;b"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("entities.csv")
        .hasMessageContaining("names:string[]")
        .hasMessageContaining("'a;b'");
  }

  @Test
  void refusesValuesItCannotWrite() {
    assertThatThrownBy(
            () ->
                CsvExporter.field(
                    "f.csv", "when", Values.value(java.time.LocalDate.of(2019, 11, 30))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("f.csv: column when holds a DATE");
  }

  @Test
  void csvWriterQuotesEveryValueButLeavesNullEmpty() throws Exception {
    StringWriter out = new StringWriter();
    try (ICSVWriter csv = new CSVWriterBuilder(out).build()) {
      csv.writeNext(new String[] {"a,\"b\"\nc", null, "", "3"}, true);
    }
    assertThat(out.toString()).isEqualTo("\"a,\"\"b\"\"\nc\",,\"\",\"3\"\n");
  }

  @Test
  void spreadsheetSafeCellsCannotStartAFormula() {
    assertThat(CsvExporter.neutralised("=HYPERLINK(\"http://x\",\"click\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
    assertThat(CsvExporter.neutralised("+1+cmd|' /C calc'!A0")).startsWith("'+");
    assertThat(CsvExporter.neutralised("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvExporter.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExporter.neutralised("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvExporter.neutralised("TamTam")).isEqualTo("TamTam");
    assertThat(CsvExporter.neutralised("تام تام")).isEqualTo("تام تام");
    assertThat(CsvExporter.neutralised("")).isEmpty();
    assertThat(CsvExporter.neutralised(null)).isNull();
  }
}
