package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.testing.TestDatabase;

/** The schema itself makes duplicates and out-of-vocabulary values impossible. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SchemaConstraintsTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final TestDatabase db;

  SchemaConstraintsTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T inHandle(org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
    return db.database().jdbi().withHandle(callback);
  }

  private static long insertOrder(Handle h, String issueId, String key, String strategy) {
    return h.createUpdate(
            "INSERT INTO orders (issue_id, issue_key, summary, strategy, strategy_source, priority_class,"
                + " status, created_at, last_event_at, updated_at)"
                + " VALUES (:id, :key, 'Pump skid', :strategy, 'LABEL', 'STANDARD', 'OPEN', :t, :t, :t)")
        .bind("id", issueId)
        .bind("key", key)
        .bind("strategy", strategy)
        .bind("t", NOW)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static void insertLesson(Handle h, long orderId, String submissionKey, String unit) {
    h.createUpdate(
            "INSERT INTO lessons (public_id, order_id, submission_key, title, body, unit, unit_set_by,"
                + " lesson_type, type_set_by, direction, direction_set_by, timing, recurrence, author,"
                + " created_at) VALUES (:pid, :order, :sub, 'Title', 'Text', :unit, 'PERSON',"
                + " 'EXPLOITATION', 'CLASSIFIER', 'FROM', 'CLASSIFIER', 'RETROSPECTIVE', 'SPORADIC',"
                + " 'Ann', :t)")
        .bind("pid", java.util.UUID.randomUUID().toString())
        .bind("order", orderId)
        .bind("sub", submissionKey)
        .bind("unit", unit)
        .bind("t", NOW)
        .execute();
  }

  @Test
  void anOrderIsStoredOncePerJiraIssue() {
    inHandle(h -> insertOrder(h, "10001", "ORD-1", "ETO"));

    assertThatThrownBy(() -> inHandle(h -> insertOrder(h, "10001", "ORD-1", "ETO")))
        .satisfies(e -> assertThat(Database.isUniqueViolation((RuntimeException) e)).isTrue());
  }

  @Test
  void anUnknownDeliveryStrategyIsRefused() {
    assertThatThrownBy(() -> inHandle(h -> insertOrder(h, "10001", "ORD-1", "JIT")))
        .satisfies(e -> assertThat(Database.isUniqueViolation((RuntimeException) e)).isFalse());
  }

  @Test
  void aFormSubmissionStoresItsLessonOnce() {
    long order = inHandle(h -> insertOrder(h, "10001", "ORD-1", "MTO"));
    inHandle(
        h -> {
          insertLesson(h, order, "submission-1", "BETWEEN");
          return null;
        });

    assertThatThrownBy(
            () ->
                inHandle(
                    h -> {
                      insertLesson(h, order, "submission-1", "BETWEEN");
                      return null;
                    }))
        .satisfies(e -> assertThat(Database.isUniqueViolation((RuntimeException) e)).isTrue());
  }

  @Test
  void aLessonOutsideTheTaxonomyIsRefused() {
    long order = inHandle(h -> insertOrder(h, "10001", "ORD-1", "MTO"));

    assertThatThrownBy(
        () ->
            inHandle(
                h -> {
                  insertLesson(h, order, "submission-1", "SIDE_OFFICE");
                  return null;
                }));
  }

  @Test
  void aDigestIsDeliveredOncePerWeekChannelAndRecipient() {
    String insert =
        "INSERT INTO digest_deliveries (iso_week, channel, recipient, status, claimed_at)"
            + " VALUES (:week, 'EMAIL', 'lead@example.com', 'CLAIMED', :t)";
    inHandle(h -> h.createUpdate(insert).bind("week", "2026-W48").bind("t", NOW).execute());
    inHandle(h -> h.createUpdate(insert).bind("week", "2026-W49").bind("t", NOW).execute());

    assertThatThrownBy(
            () ->
                inHandle(
                    h -> h.createUpdate(insert).bind("week", "2026-W48").bind("t", NOW).execute()))
        .satisfies(e -> assertThat(Database.isUniqueViolation((RuntimeException) e)).isTrue());
    assertThatThrownBy(
        () ->
            inHandle(
                h -> h.createUpdate(insert).bind("week", "last week").bind("t", NOW).execute()));
  }

  @Test
  void openingAnUpToDateDatabaseAgainKeepsItsRows() {
    inHandle(h -> insertOrder(h, "10001", "ORD-1", "ATO"));

    try (Database again = Database.open(TestDatabase.config(db.url()))) {
      Integer orders =
          again
              .jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Integer.class).one());
      assertThat(orders).isEqualTo(1);
    }
  }
}
