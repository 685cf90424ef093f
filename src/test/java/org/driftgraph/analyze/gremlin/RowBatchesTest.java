package org.driftgraph.analyze.gremlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RowBatchesTest {
  private record Sent(LoadRow.Shape shape, List<Map<String, Object>> rows) {}

  private final List<Sent> sent = new ArrayList<>();

  private RowBatches batches(Batching batching) {
    return new RowBatches(
        batching,
        new RequestWindow(batching.requests()),
        (shape, rows) -> {
          sent.add(new Sent(shape, rows));
          return CompletableFuture.completedFuture(null);
        });
  }

  private static LoadRow row(String label, String key, int characters) {
    return new LoadRow(label, Map.of("vertexKey", key, "name", key), characters);
  }

  @Test
  void aFullBatchIsSentAsOneRequestPerShape() {
    RowBatches batches = batches(new Batching(3, 1_000, 1));

    batches.add(row("Actor", "a", 1), Map.of("k", "a"));
    batches.add(new LoadRow("Actor", Map.of("vertexKey", "b"), 1), Map.of("k", "b"));
    assertThat(sent).isEmpty();
    batches.add(row("Actor", "c", 1), Map.of("k", "c"));

    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).shape())
        .isEqualTo(new LoadRow.Shape("Actor", List.of("name", "vertexKey")));
    assertThat(sent.get(0).rows()).containsExactly(Map.of("k", "a"), Map.of("k", "c"));
    assertThat(sent.get(1).shape()).isEqualTo(new LoadRow.Shape("Actor", List.of("vertexKey")));
    assertThat(sent.get(1).rows()).containsExactly(Map.of("k", "b"));
  }

  @Test
  void longTextSendsTheBatchBeforeItHasItsRows() {
    RowBatches batches = batches(new Batching(1_000, 100, 1));

    batches.add(row("Article", "a", 60), Map.of("k", "a"));
    batches.add(row("Article", "b", 60), Map.of("k", "b"));
    batches.add(row("Article", "c", 10), Map.of("k", "c"));
    batches.finish();

    assertThat(sent).extracting(s -> s.rows().size()).containsExactly(2, 1);
  }

  @Test
  void finishSendsWhatIsLeft() {
    RowBatches batches = batches(new Batching(10, 1_000, 1));
    batches.add(row("Claim", "a", 1), Map.of("k", "a"));

    batches.finish();

    assertThat(sent).hasSize(1);
  }

  @Test
  void aFailedRequestFailsTheLoad() {
    RowBatches batches =
        new RowBatches(
            new Batching(1, 1_000, 2),
            new RequestWindow(2),
            (shape, rows) ->
                CompletableFuture.failedFuture(new IllegalStateException("server said no")));
    batches.add(row("Actor", "a", 1), Map.of("k", "a"));

    assertThatThrownBy(batches::finish).hasMessage("server said no");
  }
}
