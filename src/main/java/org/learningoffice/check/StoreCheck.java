package org.learningoffice.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      if (config.isPostgres()) {
        try {
          writeAccess(database).ifPresent(results::add);
        } catch (RuntimeException e) {
          results.add(
              CheckResult.warn(
                  "database access",
                  "could not ask PostgreSQL what the account may change: " + e.getMessage()));
        }
      }
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

  /**
   * Whether the service's account may change every table of its schema (the check itself writes
   * nothing): a read-only database (a standby, or {@code default_transaction_read_only}) or missing
   * grants would fail every webhook, form and job once the service runs.
   */
  private static Optional<CheckResult> writeAccess(Database database) {
    return database
        .jdbi()
        .withHandle(
            h -> {
              String user = h.createQuery("SELECT current_user").mapTo(String.class).one();
              String schema =
                  h.createQuery("SELECT current_schema()").mapTo(String.class).findOne().orElse("");
              boolean takesNoWrites =
                  "on"
                      .equals(
                          h.createQuery("SELECT current_setting('transaction_read_only')")
                              .mapTo(String.class)
                              .one());
              if (takesNoWrites) {
                return Optional.of(
                    CheckResult.fail(
                        "database access",
                        "the database takes no writes (transaction_read_only is on: a standby, or"
                            + " default_transaction_read_only set for "
                            + user
                            + "); point store.url at the primary, or turn it off"));
              }
              List<String> readOnly =
                  h.createQuery(
                          "SELECT c.relname FROM pg_catalog.pg_class c"
                              + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                              + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                              + " AND NOT (has_table_privilege(c.oid, 'SELECT')"
                              + " AND has_table_privilege(c.oid, 'INSERT')"
                              + " AND has_table_privilege(c.oid, 'UPDATE')"
                              + " AND has_table_privilege(c.oid, 'DELETE'))"
                              + " ORDER BY c.relname")
                      .mapTo(String.class)
                      .list();
              if (readOnly.isEmpty()) {
                return Optional.empty();
              }
              String tables =
                  readOnly.size() > 5
                      ? readOnly.size()
                          + " tables ("
                          + String.join(", ", readOnly.subList(0, 5))
                          + ", …)"
                      : "table(s) " + String.join(", ", readOnly);
              return Optional.of(
                  CheckResult.fail(
                      "database access",
                      user
                          + " may not read and change "
                          + tables
                          + ", so the service would fail at its first write; grant them: GRANT"
                          + " SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                          + schema
                          + " TO "
                          + user));
            });
  }
}
