package org.driftgraph.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.driftgraph.store.ProcedureCatalog;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server as a cluster member or Aura is reached, for {@link TlsNeo4jServerProcess} to run
 * in a JVM of its own: Bolt on loopback with TLS required (the certificate and key in {@code
 * certs/bolt/}), routing on so that {@code neo4j://} gets a routing table, authentication on with a
 * known password, and GDS and APOC registered as the embedded DBMS does, or not at all. Prints
 * {@value #READY} when it serves, and runs until killed.
 *
 * <p>Arguments: home folder, Bolt port, routing port, password, {@code gds} or {@code no-gds}.
 */
public final class TlsNeo4jServer {
  static final String READY = "driftgraph-tls-neo4j ready";

  private TlsNeo4jServer() {}

  public static void main(String[] args) throws InterruptedException {
    Path home = Path.of(args[0]);
    int boltPort = Integer.parseInt(args[1]);
    int routingPort = Integer.parseInt(args[2]);
    String password = args[3];
    boolean gds = args[4].equals("gds");
    SslPolicyConfig bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
            .setConfig(
                GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED)
            .setConfig(bolt.enabled, true)
            .setConfig(bolt.base_directory, home.resolve("certs/bolt"))
            .setConfig(bolt.client_auth, ClientAuth.NONE)
            .setConfig(GraphDatabaseSettings.routing_enabled, true)
            .setConfig(
                GraphDatabaseSettings.routing_listen_address,
                new SocketAddress("127.0.0.1", routingPort))
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, ProcedureCatalog.UNRESTRICTED)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();
    GraphDatabaseAPI system =
        (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("password", password));
    if (gds) {
      ProcedureCatalog.discover()
          .registerInto(system.getDependencyResolver().resolveDependency(GlobalProcedures.class));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "stop Neo4j"));
    System.out.println(READY);
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
