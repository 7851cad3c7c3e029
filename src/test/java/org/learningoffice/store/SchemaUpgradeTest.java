package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.testing.TestDatabase;

/** A database made by an earlier release keeps its data when the schema is brought up to date. */
class SchemaUpgradeTest {
  @TempDir Path dir;

  @Test
  void inboxEventsStoredWhileTheH2PayloadWasALargeObjectAreReadWholeAfterTheUpgrade() {
    String url = "jdbc:h2:file:" + dir.resolve("lo");
    String payload = "{\"issue\":{\"fields\":{\"summary\":\"" + "Pump ä€ ".repeat(2_000) + "\"}}}";
    try (Database earlier = Database.connect(TestDatabase.config(url))) {
      Flyway.configure()
          .configuration(earlier.flyway().getConfiguration())
          .target("3.1")
          .load()
          .migrate();
      earlier
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO inbox (dedupe_key, source, event_type, issue_id, payload,"
                              + " status, next_attempt_at, received_at) VALUES ('webhook:d-1',"
                              + " 'WEBHOOK', 'jira:issue_updated', '10042', :payload, 'PENDING',"
                              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                      .bind("payload", payload)
                      .execute());
    }

    try (Database upgraded = Database.open(TestDatabase.config(url))) {
      assertThat(column(upgraded, "DATA_TYPE")).isEqualTo("CHARACTER VARYING");
      String stored =
          upgraded
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT payload FROM inbox WHERE dedupe_key = 'webhook:d-1'")
                          .mapTo(String.class)
                          .one());
      assertThat(stored).isEqualTo(payload);
    }
  }

  private static String column(Database database, String attribute) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT "
                            + attribute
                            + " FROM INFORMATION_SCHEMA.COLUMNS"
                            + " WHERE TABLE_NAME = 'INBOX' AND COLUMN_NAME = 'PAYLOAD'")
                    .mapTo(String.class)
                    .one());
  }
}
