package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.driftgraph.serve.ServeFailure;
import org.driftgraph.serve.ServePassword;
import org.driftgraph.serve.ServedAddresses;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.StoreException;
import org.driftgraph.store.StoreInUseException;
import org.driftgraph.store.StoreLocation;

/**
 * Opens the embedded store, or, when a running {@code serve} holds it, goes through serve's Bolt
 * address with serve's password, as {@code shell} does: commands share a served store instead of
 * failing. The store is tried first, so an address file that a killed serve left behind is never
 * trusted with the password: only a store that is really held sends the command to serve.
 */
final class EmbeddedOrServed {
  private EmbeddedOrServed() {}

  static GraphConnection open(CliContext context, StoreLocation.Embedded embedded) {
    try {
      return embedded.open();
    } catch (StoreInUseException inUse) {
      Path storeDir = embedded.storeDir();
      Optional<ServedAddresses> served = ServedAddresses.read(storeDir);
      if (served.isEmpty()) {
        throw inUse;
      }
      return throughServe(context, storeDir, served.get());
    }
  }

  private static GraphConnection throughServe(
      CliContext context, Path storeDir, ServedAddresses served) {
    String where = "'driftgraph serve' at " + served.bolt();
    ServePassword password;
    try {
      password = ServePassword.ofServed(context.env(), storeDir, context::display);
    } catch (ServeFailure e) {
      throw new CliFailure(
          context.display(storeDir) + " is served by " + where + ", but " + e.getMessage(), e);
    }
    context
        .err()
        .println(
            "driftgraph: "
                + context.display(storeDir)
                + " is served by "
                + where
                + ": going through it");
    try {
      return new StoreLocation.Remote(served.bolt(), ServedNeo4j.USER, password.secret()).open();
    } catch (StoreException e) {
      throw new CliFailure(
          "cannot go through "
              + where
              + " with the password from "
              + password.source()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
