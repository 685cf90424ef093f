package org.driftgraph.store;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collector;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Metrics;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.types.TypeSystem;

/**
 * A driver whose sessions and executable queries go to one named database unless they name one
 * themselves. The Java driver has no setting for a default database (it uses the user's home
 * database), and every part of driftgraph opens sessions without naming one: binding the name here
 * gives {@code --database} to all of them at once.
 */
final class DatabaseBoundDriver implements Driver {
  private final Driver driver;
  private final String database;

  DatabaseBoundDriver(Driver driver, String database) {
    if (database == null || database.isBlank()) {
      throw new IllegalArgumentException("a database name is required");
    }
    this.driver = driver;
    this.database = database;
  }

  String database() {
    return database;
  }

  @Override
  public <T extends BaseSession> T session(
      Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
    return driver.session(sessionClass, bound(config), authToken);
  }

  @Override
  public ExecutableQuery executableQuery(String query) {
    return new BoundQuery(
        driver.executableQuery(query).withConfig(bound(QueryConfig.defaultConfig())));
  }

  private SessionConfig bound(SessionConfig config) {
    if (config.database().isPresent()) {
      return config;
    }
    SessionConfig.Builder builder =
        SessionConfig.builder()
            .withDatabase(database)
            .withDefaultAccessMode(config.defaultAccessMode())
            .withNotificationConfig(config.notificationConfig());
    if (config.bookmarks() != null) {
      builder.withBookmarks(config.bookmarks());
    }
    config.fetchSize().ifPresent(builder::withFetchSize);
    config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
    config.bookmarkManager().ifPresent(builder::withBookmarkManager);
    return builder.build();
  }

  private QueryConfig bound(QueryConfig config) {
    if (config.database().isPresent()) {
      return config;
    }
    QueryConfig.Builder builder =
        QueryConfig.builder()
            .withDatabase(database)
            .withRouting(config.routing())
            .withMetadata(config.metadata())
            .withBookmarkManager(
                config.bookmarkManager(driver.executableQueryBookmarkManager()).orElse(null));
    config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
    config.timeout().ifPresent(builder::withTimeout);
    return builder.build();
  }

  /** Keeps the database when the caller replaces the query's configuration. */
  private final class BoundQuery implements ExecutableQuery {
    private final ExecutableQuery query;

    BoundQuery(ExecutableQuery query) {
      this.query = query;
    }

    @Override
    public ExecutableQuery withParameters(Map<String, Object> parameters) {
      return new BoundQuery(query.withParameters(parameters));
    }

    @Override
    public ExecutableQuery withConfig(QueryConfig config) {
      return new BoundQuery(query.withConfig(bound(config)));
    }

    @Override
    public ExecutableQuery withAuthToken(AuthToken authToken) {
      return new BoundQuery(query.withAuthToken(authToken));
    }

    @Override
    public <A, R, T> T execute(
        Collector<org.neo4j.driver.Record, A, R> collector, ResultFinisher<R, T> finisher) {
      return query.execute(collector, finisher);
    }
  }

  @Override
  public BookmarkManager executableQueryBookmarkManager() {
    return driver.executableQueryBookmarkManager();
  }

  @Override
  public boolean isEncrypted() {
    return driver.isEncrypted();
  }

  @Override
  public void close() {
    driver.close();
  }

  @Override
  public CompletionStage<Void> closeAsync() {
    return driver.closeAsync();
  }

  @Override
  public Metrics metrics() {
    return driver.metrics();
  }

  @Override
  public boolean isMetricsEnabled() {
    return driver.isMetricsEnabled();
  }

  @Override
  @SuppressWarnings("deprecation")
  public TypeSystem defaultTypeSystem() {
    return driver.defaultTypeSystem();
  }

  @Override
  public void verifyConnectivity() {
    driver.verifyConnectivity();
  }

  @Override
  public CompletionStage<Void> verifyConnectivityAsync() {
    return driver.verifyConnectivityAsync();
  }

  @Override
  public boolean verifyAuthentication(AuthToken authToken) {
    return driver.verifyAuthentication(authToken);
  }

  @Override
  public boolean supportsSessionAuth() {
    return driver.supportsSessionAuth();
  }

  @Override
  public boolean supportsMultiDb() {
    return driver.supportsMultiDb();
  }

  @Override
  public CompletionStage<Boolean> supportsMultiDbAsync() {
    return driver.supportsMultiDbAsync();
  }
}
