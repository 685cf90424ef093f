package org.driftgraph.store;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.Driver;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The store served to other tools: Bolt for drivers, cypher-shell and Bloom; HTTP for Neo4j Browser
 * at {@code /browser/} and the query API at {@code /db/neo4j/query/v2}. Like {@link EmbeddedNeo4j}
 * it has one user, {@code neo4j}, but with the password of the settings (the one people are given)
 * and on the ports and interface they ask for.
 */
public final class ServedNeo4j implements GraphConnection {
  public static final String USER = EmbeddedDbms.USER;

  /**
   * Hosts Browser may fetch guides from ({@code :guide URL}); driftgraph serves its own on
   * loopback.
   */
  private static final Set<String> GUIDE_HOSTS =
      Set.of("guides.neo4j.com", "localhost", "127.0.0.1");

  private final Path storeDir;
  private final EmbeddedDbms dbms;
  private final URI boltUri;
  private final URI httpUri;

  /**
   * Where and how the store is served.
   *
   * @param listenAddress the interface both connectors listen on: an address or host name; {@code
   *     127.0.0.1} (loopback only) unless the user asks for more
   * @param boltPort 7687 by default; 0 picks a free port
   * @param httpPort 7474 by default; 0 picks a free port
   * @param password the {@code neo4j} user's password; never printed (see {@link #toString()})
   */
  public record ServeSettings(String listenAddress, int boltPort, int httpPort, String password) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int BOLT_PORT = 7687;
    public static final int HTTP_PORT = 7474;

    /** Neo4j's default {@code dbms.security.auth_minimum_password_length}. */
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    public ServeSettings {
      listenAddress =
          listenAddress == null || listenAddress.isBlank() ? LOOPBACK : listenAddress.strip();
      checkPort("Bolt", boltPort);
      checkPort("HTTP", httpPort);
      if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
        throw new IllegalArgumentException(
            "the Neo4j password must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
      }
    }

    /** Loopback on the standard ports. */
    public static ServeSettings loopback(String password) {
      return new ServeSettings(LOOPBACK, BOLT_PORT, HTTP_PORT, password);
    }

    /** Loopback on free ports: for tests and for sessions that serve the store for a moment. */
    public static ServeSettings loopbackOnFreePorts(String password) {
      return new ServeSettings(LOOPBACK, 0, 0, password);
    }

    /** True when only this machine can connect. */
    public boolean loopbackOnly() {
      try {
        return InetAddress.getByName(listenAddress).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }

    /** Leaves the password out, so that logging the settings cannot leak it. */
    @Override
    public String toString() {
      return "ServeSettings[listenAddress="
          + listenAddress
          + ", boltPort="
          + boltPort
          + ", httpPort="
          + httpPort
          + ", password=(hidden)]";
    }

    private static void checkPort(String connector, int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException(
            connector + " port " + port + " is not between 0 and 65535");
      }
    }
  }

  private ServedNeo4j(Path storeDir, EmbeddedDbms dbms, URI boltUri, URI httpUri) {
    this.storeDir = storeDir;
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.httpUri = httpUri;
  }

  /**
   * Serves the store in {@code storeDir} (created on first use; LOAD CSV reads {@code importDir})
   * with GDS and APOC. The {@code neo4j} user's password is set before Bolt and HTTP open (see
   * {@link AuthMaintenance}), so from their first moment they accept that password and no other.
   * Fails with a clear message when the store is open elsewhere or a port is taken.
   */
  public static ServedNeo4j start(Path storeDir, Path importDir, ServeSettings settings) {
    String host = settings.listenAddress();
    String reachable = reachableHost(host);
    EmbeddedDbms dbms =
        EmbeddedDbms.start(
            storeDir,
            importDir,
            settings.password(),
            builder ->
                builder
                    .setConfig(
                        BoltConnector.listen_address, new SocketAddress(host, settings.boltPort()))
                    .setConfig(HttpConnector.enabled, true)
                    .setConfig(
                        HttpConnector.listen_address, new SocketAddress(host, settings.httpPort()))
                    .setConfig(
                        ServerSettings.browser_remote_content_hostname_whitelist, guideHosts(host)),
            port -> "bolt://" + reachable + ":" + port,
            true);
    URI bolt = URI.create(dbms.boltUri());
    URI http = URI.create("http://" + reachable + ":" + dbms.port(ConnectorType.HTTP));
    return new ServedNeo4j(storeDir, dbms, bolt, http);
  }

  /** The Bolt address clients connect to, e.g. {@code bolt://127.0.0.1:7687}. */
  public URI boltUri() {
    return boltUri;
  }

  /** The HTTP root, e.g. {@code http://127.0.0.1:7474}: Browser at {@code /browser/}. */
  public URI httpUri() {
    return httpUri;
  }

  /** Neo4j Browser's address. */
  public URI browserUri() {
    return httpUri.resolve("/browser/");
  }

  /** The query API endpoint of the default database (basic auth, JSON). */
  public URI queryApiUri() {
    return httpUri.resolve("/db/neo4j/query/v2");
  }

  /** A driver logged in as {@code neo4j}. */
  @Override
  public Driver driver() {
    return dbms.driver();
  }

  @Override
  public CypherTransactions transactions() {
    return dbms.transactions();
  }

  /** Users other than {@code neo4j} that the start found in the store and removed. */
  public List<String> removedUsers() {
    return dbms.removedUsers();
  }

  @Override
  public Optional<StoreState> storeState() {
    return Optional.of(dbms.storeState());
  }

  @Override
  public StartTimes startTimes() {
    return dbms.startTimes();
  }

  /** Serve registers GDS and APOC at its start, for the Browser and the notebooks. */
  @Override
  public void loadProcedures() {}

  @Override
  public String describe() {
    return "Neo4j serving " + storeDir + " (" + boltUri + ", " + browserUri() + ")";
  }

  @Override
  public void close() {
    dbms.shutdown();
  }

  private static String guideHosts(String listenHost) {
    Set<String> hosts = new LinkedHashSet<>(GUIDE_HOSTS);
    if (!isWildcard(listenHost)) {
      hosts.add(listenHost);
    }
    return String.join(",", hosts);
  }

  /** A wildcard listen address serves every interface; this machine reaches it on loopback. */
  private static String reachableHost(String listenHost) {
    if (isWildcard(listenHost)) {
      return ServeSettings.LOOPBACK;
    }
    return listenHost.contains(":") ? "[" + listenHost + "]" : listenHost;
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }
}
