package org.driftgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Freezes the layering: packages by responsibility, every dependency pointing down this list toward
 * {@code model}, {@code cli} on top. A new package must be placed in {@link #FLOORS} before it
 * compiles into a passing build; a dependency that points up fails here with the class and the
 * member that made it.
 */
class ArchitectureTest {

  /** Bottom to top: a package may use the packages before it, never one after it. */
  static final List<String> FLOORS =
      List.of(
          "model",
          "datafile",
          "text",
          "ingest",
          "extract",
          "store",
          "query",
          "analyze",
          "report",
          "eval",
          "pipeline",
          "schedule",
          "serve",
          "cli");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.driftgraph");
  }

  @Test
  void everyPackageHasAFloor() {
    List<String> unplaced =
        classes.stream()
            .map(c -> c.getPackageName().replaceFirst("^org\\.driftgraph\\.?", ""))
            .map(p -> p.contains(".") ? p.substring(0, p.indexOf('.')) : p)
            .filter(p -> !FLOORS.contains(p))
            .distinct()
            .toList();
    org.assertj.core.api.Assertions.assertThat(unplaced)
        .as("top-level packages missing from ArchitectureTest.FLOORS")
        .isEmpty();
  }

  static List<String> floors() {
    return FLOORS.subList(0, FLOORS.size() - 1);
  }

  @ParameterizedTest
  @MethodSource("floors")
  void noPackageDependsOnAFloorAboveIt(String floor) {
    String[] above =
        FLOORS.subList(FLOORS.indexOf(floor) + 1, FLOORS.size()).stream()
            .map(p -> "org.driftgraph." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.driftgraph." + floor + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above)
        .because(floor + " sits below " + String.join(", ", above))
        .check(classes);
  }

  @Test
  void noCyclesBetweenAnyTwoPackages() {
    slices().matching("org.driftgraph.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void enginesExtractionAndStoreNeverReachTheCliOrTheReport() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.driftgraph.analyze..", "org.driftgraph.extract..", "org.driftgraph.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.driftgraph.cli..", "org.driftgraph.report..")
        .check(classes);
  }

  @Test
  void onlyTheCliWritesToTheStandardStreams() {
    // A stray print in the engines corrupts `--format json` output; the CLI owns stdout and stderr.
    noClasses()
        .that()
        .resideOutsideOfPackage("org.driftgraph.cli..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .check(classes);
  }

  @Test
  void onlyTheCliUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.driftgraph.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }
}
