package org.driftgraph.cli;

import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every analysis takes: the engine that runs it, the store it reads, how it prints. */
public final class AnalysisOptions {
  /** The engines of {@code --engine}. */
  enum Engine {
    NEO4J,
    GREMLIN
  }

  @Mixin private StoreOptions store;

  @Option(
      names = "--engine",
      paramLabel = "neo4j|gremlin",
      description = {
        "neo4j (default): GDS and the saved Cypher in the store's DBMS;",
        "gremlin: TinkerGraph in process, loaded from the store (or the server of --gremlin)."
      })
  private Engine engine;

  @Option(
      names = "--gremlin",
      paramLabel = "ws://HOST:PORT",
      description =
          "A remote Gremlin Server, JanusGraph or Neptune to run on (implies --engine gremlin).")
  private URI gremlin;

  @Option(
      names = "--gremlin-load",
      description = "With --gremlin: first replace the remote graph with the store's.")
  private boolean gremlinLoad;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      defaultValue = "table",
      description =
          "table (default), json: {\"analysis\",\"engine\",\"millis\",\"rows\"}, or csv: a header and one line per row.")
  private AnalysisFormat format;

  StoreOptions store() {
    return store;
  }

  /** The engine asked for: gremlin when a Gremlin server is given, neo4j when nothing is said. */
  Engine engine() {
    validate();
    return gremlin != null ? Engine.GREMLIN : engine == null ? Engine.NEO4J : engine;
  }

  /** The remote Gremlin server, or null for the engines that read the store. */
  URI gremlin() {
    validate();
    return gremlin;
  }

  boolean gremlinLoad() {
    return gremlinLoad;
  }

  AnalysisFormat format() {
    return format;
  }

  private void validate() {
    if (gremlin != null && engine == Engine.NEO4J) {
      throw new UsageFailure("--gremlin runs the gremlin engine: it excludes --engine neo4j");
    }
    if (gremlin != null
        && !("ws".equals(gremlin.getScheme()) || "wss".equals(gremlin.getScheme()))) {
      throw new UsageFailure(
          "--gremlin must be ws://HOST:PORT or wss://HOST:PORT, not '" + gremlin + "'");
    }
    if (gremlinLoad && gremlin == null) {
      throw new UsageFailure(
          "--gremlin-load needs --gremlin: the in-process gremlin engine always loads the store");
    }
  }
}
