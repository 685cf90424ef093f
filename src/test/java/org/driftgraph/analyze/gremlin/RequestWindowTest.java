package org.driftgraph.analyze.gremlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestWindowTest {
  @Test
  void theNextRequestWaitsForTheOldestOnceTheWindowIsFull() {
    RequestWindow window = new RequestWindow(2);
    List<CompletableFuture<Void>> requests = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      CompletableFuture<Void> request = new CompletableFuture<>();
      requests.add(request);
      window.submit(() -> request);
    }
    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)
        .execute(() -> requests.get(0).complete(null));

    window.submit(() -> CompletableFuture.completedFuture(null));

    assertThat(requests.get(0)).isDone();
    assertThat(requests.get(1)).isNotDone();
    requests.get(1).complete(null);
    window.drain();
  }

  @Test
  void atLeastOneRequest() {
    assertThatThrownBy(() -> new RequestWindow(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one request");
  }

  @Test
  void aWindowOfOneIsSequential() {
    assertThat(new RequestWindow(1).sequential()).isTrue();
    assertThat(new RequestWindow(2).sequential()).isFalse();
  }
}
