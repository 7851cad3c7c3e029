package org.learningoffice.check;

import org.learningoffice.config.StoreConfig;
import org.learningoffice.store.Database;
import org.learningoffice.store.StoreException;

/** Checks that the database answers, without changing its schema. */
final class StoreCheck {
  private final StoreConfig config;

  StoreCheck(StoreConfig config) {
    this.config = config;
  }

  CheckResult run() {
    String kind = config.isPostgres() ? "PostgreSQL" : "H2";
    try (Database database = Database.connect(config)) {
      int pending = database.pendingMigrations();
      return CheckResult.ok(
          "database",
          kind
              + " answers"
              + (pending == 0
                  ? "; schema up to date"
                  : "; "
                      + pending
                      + " schema migration(s) will be applied when the service starts"));
    } catch (StoreException e) {
      return CheckResult.fail("database", e.getMessage());
    }
  }
}
