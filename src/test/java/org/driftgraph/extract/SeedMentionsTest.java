package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Mention;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Mention precision and recall on the annotated seed articles of ../shared/eval (another location
 * can be given with -Ddriftgraph.shared=...).
 */
class SeedMentionsTest {
  private static final Path SHARED =
      Path.of(System.getProperty("driftgraph.shared", Path.of("..", "shared").toString()));

  @Test
  void findsTheMentionsTheGoldLists() throws IOException {
    Path goldFile = SHARED.resolve("eval/seeds-gold.json");
    Assumptions.assumeTrue(
        Files.isRegularFile(goldFile), "../shared not present: " + goldFile.toAbsolutePath());
    JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
    Set<String> scoredTypes = new HashSet<>();
    gold.path("scored_types").forEach(t -> scoredTypes.add(t.asText()));
    Gazetteer gazetteer = Gazetteer.load(Path.of("import", "gazetteer.json"));
    MentionExtractor extractor =
        new MentionExtractor(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes());

    int truePositives = 0;
    int predictedCount = 0;
    int expectedCount = 0;
    StringBuilder report = new StringBuilder();
    for (JsonNode document : gold.path("documents")) {
      String file = document.path("file").asText();
      Set<String> expected = strings(document.path("mentions"));
      Set<String> optional = strings(document.path("optional_mentions"));
      List<Mention> mentions =
          extractor.extract(article(file, document.path("language").asText())).mentions();
      Set<String> predicted =
          mentions.stream()
              .map(Mention::entityId)
              .filter(id -> scoredTypes.contains(gazetteer.find(id).orElseThrow().type().label()))
              .filter(id -> !optional.contains(id))
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> hits = new TreeSet<>(predicted);
      hits.retainAll(expected);
      Set<String> missed = new TreeSet<>(expected);
      missed.removeAll(predicted);
      Set<String> spurious = new TreeSet<>(predicted);
      spurious.removeAll(expected);
      truePositives += hits.size();
      predictedCount += predicted.size();
      expectedCount += expected.size();
      report.append(
          String.format(
              "%s: %d/%d found, missed %s, spurious %s%n",
              file, hits.size(), expected.size(), missed, spurious));
    }
    double precision = (double) truePositives / predictedCount;
    double recall = (double) truePositives / expectedCount;
    report.append(
        String.format(
            "seed mentions: precision %.3f, recall %.3f (%d found, %d predicted, %d expected)",
            precision, recall, truePositives, predictedCount, expectedCount));
    System.out.println(report);

    assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.90);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }

  /** The seed as an article; a line repeated identically (a masthead) is kept only once. */
  private static Article article(String file, String language) throws IOException {
    List<String> lines =
        Files.readAllLines(SHARED.resolve("corpus/seeds").resolve(file), StandardCharsets.UTF_8);
    Set<String> seen = new HashSet<>();
    String text =
        lines.stream()
            .filter(line -> line.isBlank() || seen.add(line))
            .collect(Collectors.joining("\n"));
    String sha256 = sha256(text);
    return new Article(
        sha256.substring(0, 16),
        file,
        null,
        null,
        null,
        language,
        null,
        file,
        sha256,
        "UTF-8",
        text);
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
