package org.driftgraph.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where a graph lives, the embedded store or a Neo4j server, and how to open it. */
public sealed interface StoreLocation {
  /** Opens the store and applies the schema; the caller closes the connection. */
  default GraphConnection open() {
    GraphConnection connection = connect();
    try {
      Schema.apply(connection.driver());
      return connection;
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Opens the store without touching the schema. */
  GraphConnection connect();

  /**
   * The embedded store in {@code storeDir}.
   *
   * @param importDir the folder that Cypher's {@code LOAD CSV} may read from
   */
  record Embedded(Path storeDir, Path importDir) implements StoreLocation {
    public Embedded {
      Objects.requireNonNull(storeDir, "storeDir");
      Objects.requireNonNull(importDir, "importDir");
    }

    @Override
    public GraphConnection connect() {
      return EmbeddedNeo4j.startWithProceduresOnDemand(storeDir, importDir);
    }
  }

  /**
   * A Neo4j server over Bolt; {@link #toString()} never shows the password.
   *
   * @param database the database to use, or null for the user's home database
   * @param trustCert a PEM file of the certificates that sign the server's (for a {@code +s}
   *     scheme), or null for the JVM's system trust store
   */
  record Remote(URI uri, String user, String password, String database, Path trustCert)
      implements StoreLocation {
    public Remote {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(user, "user");
      if (password == null || password.isEmpty()) {
        throw new IllegalArgumentException("a server needs a password");
      }
      if (database != null && database.isBlank()) {
        throw new IllegalArgumentException("a database name cannot be blank");
      }
    }

    /** The user's home database. */
    public Remote(URI uri, String user, String password) {
      this(uri, user, password, null, null);
    }

    /** The system trust store. */
    public Remote(URI uri, String user, String password, String database) {
      this(uri, user, password, database, null);
    }

    @Override
    public GraphConnection connect() {
      return RemoteNeo4j.connect(uri, user, password, database, trustCert);
    }

    @Override
    public String toString() {
      return "Remote[uri="
          + uri
          + ", user="
          + user
          + (database == null ? "" : ", database=" + database)
          + (trustCert == null ? "" : ", trustCert=" + trustCert)
          + "]";
    }
  }
}
