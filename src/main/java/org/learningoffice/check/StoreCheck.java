package org.learningoffice.check;

import java.util.ArrayList;
import java.util.List;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.store.Database;
import org.learningoffice.store.StoreException;

/**
 * Checks that the database answers, opening it read-only and creating nothing, what the stored
 * orders say about the strategy mapping, and which outbox jobs were parked.
 */
final class StoreCheck {
  private final StoreConfig config;
  private final OrdersConfig orders;

  StoreCheck(StoreConfig config, OrdersConfig orders) {
    this.config = config;
    this.orders = orders;
  }

  List<CheckResult> run() {
    String kind = config.isPostgres() ? "PostgreSQL" : "H2";
    List<CheckResult> results = new ArrayList<>();
    try (Database database = Database.connectExisting(config)) {
      int pending = database.pendingMigrations();
      results.add(
          CheckResult.ok(
              "database",
              kind
                  + " answers"
                  + (pending == 0
                      ? "; schema up to date"
                      : "; "
                          + pending
                          + " schema migration(s) will be applied when the service starts")));
      if (pending == 0) { // before the first start there are no tables, and no orders
        new StrategyMappingCheck(orders).run(database).ifPresent(results::add);
      }
      results.add(new ParkedJobsCheck().run(database));
    } catch (StoreException e) {
      results.add(
          e.isMissing()
              ? CheckResult.warn("database", e.getMessage())
              : CheckResult.fail("database", e.getMessage()));
    }
    return results;
  }
}
