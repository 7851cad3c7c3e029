package org.learningoffice.feedforward;

import java.time.Instant;
import java.util.UUID;
import org.learningoffice.testing.TestApp;

/** Earlier orders and their lessons, stored as intake and the form store them. */
public final class EarlierOrders {
  private final TestApp app;

  public EarlierOrders(TestApp app) {
    this.app = app;
  }

  /** Stores a closed earlier order; returns its row id. */
  public long order(String issueId, String key, String summary, String customer, String strategy) {
    return app.database()
        .jdbi()
        .withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO orders (issue_id, issue_key, summary, customer, strategy,"
                            + " strategy_source, priority_class, status, created_at,"
                            + " last_event_at, updated_at, close_count) VALUES (:id, :key,"
                            + " :summary, :customer, :strategy, 'FIELD', 'STANDARD', 'CLOSED',"
                            + " :now, :now, :now, 1)")
                    .bind("id", issueId)
                    .bind("key", key)
                    .bind("summary", summary)
                    .bind("customer", customer)
                    .bind("strategy", strategy)
                    .bind("now", app.clock().instant())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
  }

  /** Stores a lesson on an order, captured at {@code at}; returns its row id. */
  public long lesson(long orderId, String title, String body, String stage, Instant at) {
    String publicId = UUID.randomUUID().toString();
    return app.database()
        .jdbi()
        .withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO lessons (public_id, order_id, submission_key, title, body,"
                            + " stage, unit, unit_set_by, lesson_type, type_set_by, direction,"
                            + " direction_set_by, timing, recurrence, proposed_action, author,"
                            + " created_at) VALUES (:pid, :order, :sub, :title, :body, :stage,"
                            + " 'BACK_OFFICE', 'PERSON', 'EXPLOITATION', 'PERSON', 'FOR', 'PERSON',"
                            + " 'RETROSPECTIVE', 'SPORADIC', 'Check the drawings first', 'Eva',"
                            + " :at)")
                    .bind("pid", publicId)
                    .bind("order", orderId)
                    .bind("sub", publicId)
                    .bind("title", title)
                    .bind("body", body)
                    .bind("stage", stage)
                    .bind("at", at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
  }

  public String publicId(long lessonId) {
    return app.text("SELECT public_id FROM lessons WHERE id = " + lessonId);
  }
}
