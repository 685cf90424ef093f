package org.driftgraph.query;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/** Runs saved queries read-only through the driver, with their parameters bound. */
public final class QueryRunner {
  private final Driver driver;

  public QueryRunner(Driver driver) {
    this.driver = driver;
  }

  /** Runs the query and returns its rows as maps of Java values, in the query's order. */
  public List<Map<String, Object>> rows(SavedQuery query, Map<String, String> given) {
    Map<String, Object> parameters = query.bind(given);
    List<Record> records =
        driver
            .executableQuery(query.cypher())
            .withParameters(parameters)
            .withConfig(
                org.neo4j.driver.QueryConfig.builder().withRouting(RoutingControl.READ).build())
            .execute()
            .records();
    return records.stream().map(Record::asMap).toList();
  }
}
