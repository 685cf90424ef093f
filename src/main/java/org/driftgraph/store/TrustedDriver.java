package org.driftgraph.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Creates the driver for a URI and an optional trusted certificate file. The driver refuses trust
 * settings on a {@code +s} scheme (the scheme already says "system trust store"), so a {@code
 * neo4j+s://} or {@code bolt+s://} URI with a certificate file becomes {@code neo4j://} or {@code
 * bolt://} with encryption on and that file as the only trust: the same TLS, hostname check
 * included, against another authority.
 */
final class TrustedDriver {
  private TrustedDriver() {}

  static Driver create(URI uri, AuthToken auth, Path trustCert) {
    Config.ConfigBuilder config = Config.builder().withLogging(Logging.none());
    if (trustCert == null) {
      return GraphDatabase.driver(uri, auth, config.build());
    }
    String scheme = uri.getScheme();
    if (!scheme.endsWith("+s")) {
      throw new StoreException(
          "a trusted certificate ("
              + trustCert
              + ") needs a TLS URI, neo4j+s:// or bolt+s://, not "
              + uri);
    }
    if (!Files.isReadable(trustCert)) {
      throw new StoreException(
          "cannot read the trusted certificate " + trustCert + ": no such readable file");
    }
    config
        .withEncryption()
        .withTrustStrategy(
            Config.TrustStrategy.trustCustomCertificateSignedBy(trustCert.toFile())
                .withHostnameVerification());
    return GraphDatabase.driver(
        withScheme(uri, scheme.substring(0, scheme.length() - 2)), auth, config.build());
  }

  private static URI withScheme(URI uri, String scheme) {
    try {
      return new URI(
          scheme,
          uri.getUserInfo(),
          uri.getHost(),
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      throw new StoreException("cannot use " + uri + ": " + e.getMessage(), e);
    }
  }
}
