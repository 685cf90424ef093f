package org.driftgraph.cli;

import java.net.URI;
import java.util.function.BooleanSupplier;
import org.driftgraph.analyze.gremlin.GremlinEngine;
import org.driftgraph.analyze.gremlin.InProcessGraph;
import org.driftgraph.analyze.gremlin.RemoteGremlin;
import org.driftgraph.analyze.gremlin.TinkerGraphLoader;
import org.driftgraph.analyze.neo4j.Neo4jEngine;

/** Opens the engine an analysis runs on, as {@link AnalysisOptions} ask and the server allows. */
final class EngineFactory {
  /** Where an analysis runs. */
  enum Choice {
    NEO4J,
    /** TinkerGraph in this JVM, loaded from the store. */
    GREMLIN_IN_PROCESS,
    GREMLIN_REMOTE
  }

  static final String NO_GDS =
      "the server has no Graph Data Science library: the gremlin engine (TinkerGraph loaded from the store) runs centrality instead";

  /** The traversal source a Gremlin Server binds by default. */
  private static final String TRAVERSAL_SOURCE = "g";

  private EngineFactory() {}

  /**
   * The engine that runs: a remote Gremlin server when one is given, else the one asked for, except
   * that centrality on a Neo4j server without GDS goes to the in-process gremlin engine rather than
   * failing (the other analyses are plain Cypher). {@code hasGds} is asked only in that case.
   */
  static Choice choose(
      AnalysisOptions.Engine requested,
      boolean remoteGremlin,
      boolean centrality,
      BooleanSupplier hasGds) {
    if (remoteGremlin) {
      return Choice.GREMLIN_REMOTE;
    }
    if (requested == AnalysisOptions.Engine.GREMLIN) {
      return Choice.GREMLIN_IN_PROCESS;
    }
    return centrality && !hasGds.getAsBoolean() ? Choice.GREMLIN_IN_PROCESS : Choice.NEO4J;
  }

  /** Opens the engine into a new session; the caller closes the session. */
  static AnalysisSession open(CliContext context, AnalysisOptions options, boolean centrality) {
    AnalysisSession session = new AnalysisSession(context, options.store());
    try {
      URI remote = options.gremlin();
      Choice choice =
          choose(
              options.engine(),
              remote != null,
              centrality,
              () -> {
                session.store().loadProcedures();
                return Neo4jEngine.hasGds(session.store().driver());
              });
      if (choice == Choice.GREMLIN_IN_PROCESS && options.engine() == AnalysisOptions.Engine.NEO4J) {
        context.err().println("driftgraph: " + NO_GDS);
      }
      session.use(
          switch (choice) {
            case NEO4J -> {
              session.store().loadProcedures();
              yield new Neo4jEngine(session.store().driver());
            }
            case GREMLIN_IN_PROCESS -> inProcess(session);
            case GREMLIN_REMOTE -> remote(session, remote, options.gremlinLoad());
          });
      return session;
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  private static GremlinEngine inProcess(AnalysisSession session) {
    InProcessGraph graph =
        session.hold(new TinkerGraphLoader(session.store().driver()).loadInProcess());
    return new GremlinEngine(
        graph.traversal(),
        "gremlin (TinkerGraph in process, loaded from " + session.store().describe() + ")");
  }

  /**
   * The remote connection opens lazily, so a first small traversal checks that the server is there:
   * an unreachable server is then one line naming it, not a failure halfway through an analysis.
   */
  private static GremlinEngine remote(AnalysisSession session, URI uri, boolean load) {
    RemoteGremlin server;
    try {
      server = session.hold(RemoteGremlin.connect(uri, TRAVERSAL_SOURCE));
      server.traversal().V().limit(1).count().next();
    } catch (RuntimeException e) {
      throw new CliFailure("cannot reach the Gremlin server at " + uri + ": " + rootMessage(e), e);
    }
    if (load) {
      new TinkerGraphLoader(session.store().driver()).replace(server.traversal());
    }
    return new GremlinEngine(server.traversal(), "gremlin (" + server.describe() + ")");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
