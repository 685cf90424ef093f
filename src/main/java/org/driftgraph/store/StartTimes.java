package org.driftgraph.store;

/**
 * How long the parts of a start took, in milliseconds.
 *
 * @param passwordMillis setting the password with every connector off; 0 when it was already set
 * @param dbmsMillis starting the DBMS with its connectors
 * @param scanMillis finding the GDS and APOC procedures
 * @param registerMillis registering them
 * @param driverMillis the driver's first login
 * @param usersMillis listing (and dropping) users other than {@code neo4j} in the system database
 */
public record StartTimes(
    long passwordMillis,
    long dbmsMillis,
    long scanMillis,
    long registerMillis,
    long driverMillis,
    long usersMillis) {
  /** No start: a server that this process only connects to. */
  public static final StartTimes NONE = new StartTimes(0, 0, 0, 0, 0, 0);

  public long totalMillis() {
    return passwordMillis + dbmsMillis + scanMillis + registerMillis + driverMillis + usersMillis;
  }
}
