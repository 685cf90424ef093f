package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documented order of options, DRIFTGRAPH_ variables and Neo4j's own variables. */
class ServerSettingsTest {
  private static final URI OPTION_URI = URI.create("bolt://option:7687");

  @Test
  void withNothingSetTheEmbeddedStoreIsUsed() {
    assertThat(ServerSettings.resolve(null, false, null, null, Map.of())).isEmpty();
  }

  @Test
  void neo4jVariablesAloneNameTheServerUserPasswordAndDatabase() {
    ServerSettings server =
        ServerSettings.resolve(
                null,
                false,
                null,
                null,
                Map.of(
                    "NEO4J_URI", "neo4j+s://abc.databases.neo4j.io",
                    "NEO4J_USERNAME", "analyst",
                    "NEO4J_PASSWORD", "from-neo4j",
                    "NEO4J_DATABASE", "news"))
            .orElseThrow();

    assertThat(server)
        .isEqualTo(
            new ServerSettings(
                URI.create("neo4j+s://abc.databases.neo4j.io"), "analyst", "from-neo4j", "news"));
  }

  @Test
  void optionsWinOverDriftgraphVariablesWhichWinOverNeo4jVariables() {
    Map<String, String> env =
        Map.of(
            "NEO4J_URI", "bolt://variable:7687",
            "NEO4J_USERNAME", "neo4j-user",
            "NEO4J_PASSWORD", "neo4j-password",
            "NEO4J_DATABASE", "variable-db",
            "DRIFTGRAPH_NEO4J_USER", "driftgraph-user",
            "DRIFTGRAPH_NEO4J_PASSWORD", "driftgraph-password");

    ServerSettings fromVariables = ServerSettings.resolve(null, false, null, null, env).get();
    assertThat(fromVariables)
        .isEqualTo(
            new ServerSettings(
                URI.create("bolt://variable:7687"),
                "driftgraph-user",
                "driftgraph-password",
                "variable-db"));

    ServerSettings fromOptions =
        ServerSettings.resolve(OPTION_URI, false, "option-user", "option-db", env).get();
    assertThat(fromOptions)
        .isEqualTo(
            new ServerSettings(OPTION_URI, "option-user", "driftgraph-password", "option-db"));
  }

  @Test
  void storeOptionKeepsNeo4jUriOut() {
    Optional<ServerSettings> server =
        ServerSettings.resolve(null, true, null, null, Map.of("NEO4J_URI", "bolt://variable:7687"));

    assertThat(server).isEmpty();
  }

  @Test
  void storeAndUriOptionsExcludeEachOther() {
    assertThatThrownBy(() -> ServerSettings.resolve(OPTION_URI, true, null, null, Map.of()))
        .isInstanceOf(UsageFailure.class)
        .hasMessageContaining("--store and --uri exclude each other");
  }

  @Test
  void aMissingPasswordNamesBothVariablesAndWhereTheServerCameFrom() {
    assertThatThrownBy(
            () ->
                ServerSettings.resolve(
                    null, false, null, null, Map.of("NEO4J_URI", "bolt://variable:7687")))
        .isInstanceOf(UsageFailure.class)
        .hasMessage(
            "$NEO4J_URI needs the password in $DRIFTGRAPH_NEO4J_PASSWORD (or $NEO4J_PASSWORD)");
  }

  @Test
  void aWrongSchemeOrAMalformedUriInTheVariableIsAUsageError() {
    assertThatThrownBy(
            () ->
                ServerSettings.resolve(
                    null, false, null, null, Map.of("NEO4J_URI", "http://localhost:7474")))
        .isInstanceOf(UsageFailure.class)
        .hasMessageStartingWith("$NEO4J_URI must be bolt://");
    assertThatThrownBy(
            () ->
                ServerSettings.resolve(
                    null, false, null, null, Map.of("NEO4J_URI", "bolt://bad host")))
        .isInstanceOf(UsageFailure.class)
        .hasMessageStartingWith("$NEO4J_URI is not a URI");
  }

  @Test
  void theEmbeddedStoreAcceptsOnlyItsOwnDatabase() {
    ServerSettings.checkEmbeddedDatabase(null);
    ServerSettings.checkEmbeddedDatabase("neo4j");
    assertThatThrownBy(() -> ServerSettings.checkEmbeddedDatabase("news"))
        .isInstanceOf(UsageFailure.class)
        .hasMessageStartingWith("--database news: the embedded store has one database, neo4j");
  }

  @Test
  void aTrustedCertificateGoesToTheLocationAndNeedsATlsScheme() {
    Path cert = Path.of("/etc/driftgraph/neo4j.crt");
    Map<String, String> env = Map.of("NEO4J_PASSWORD", "secret");

    ServerSettings tls =
        ServerSettings.resolve(URI.create("neo4j+s://db:7687"), false, null, null, cert, env)
            .orElseThrow();
    assertThat(tls.location().trustCert()).isEqualTo(cert);
    assertThat(tls.location().toString()).contains("trustCert=" + cert).doesNotContain("secret");

    for (String uri : List.of("bolt://db:7687", "neo4j://db:7687", "bolt+ssc://db:7687")) {
      assertThatThrownBy(
              () -> ServerSettings.resolve(URI.create(uri), false, null, null, cert, env))
          .isInstanceOf(UsageFailure.class)
          .hasMessage(
              "--trust-cert (or $DRIFTGRAPH_NEO4J_TRUST_CERT) needs a TLS URI, neo4j+s:// or"
                  + " bolt+s://, not '"
                  + uri
                  + "'");
    }
  }
}
