package org.learningoffice.crash;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** What the shared store holds, read by the test beside the running instances. */
final class StoreCounts {
  private final Jdbi jdbi;

  StoreCounts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  int count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  int inboxRows() {
    return count("SELECT COUNT(*) FROM inbox");
  }

  int inboxDistinctKeys() {
    return count("SELECT COUNT(DISTINCT dedupe_key) FROM inbox");
  }

  int inboxDone() {
    return count("SELECT COUNT(*) FROM inbox WHERE status = 'DONE'");
  }

  /** Close count of each stored order, by issue id. */
  Map<String, Integer> closeCounts() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT issue_id, close_count FROM orders WHERE status = 'CLOSED'")
                .setMapKeyColumn("issue_id")
                .setMapValueColumn("close_count")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, Integer>>() {}));
  }

  int attachJobs() {
    return count("SELECT COUNT(*) FROM outbox WHERE kind = 'ATTACH_FORM'");
  }

  int attachJobsDone() {
    return count("SELECT COUNT(*) FROM outbox WHERE kind = 'ATTACH_FORM' AND status = 'DONE'");
  }

  /** Attach-form jobs that began sending their comment and never recorded it as sent. */
  int commentsInDoubt() {
    return count(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'ATTACH_FORM' AND status <> 'DONE'"
            + " AND steps_done LIKE '%comment-sending%'"
            + " AND ',' || steps_done || ',' NOT LIKE '%,comment,%'");
  }

  /** Lease owners of the attach-form jobs running now (one per instance that holds some). */
  List<String> runningOwners() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT DISTINCT lease_owner FROM outbox WHERE kind = 'ATTACH_FORM'"
                        + " AND status = 'RUNNING'")
                .mapTo(String.class)
                .list());
  }
}
