package org.learningoffice.action;

import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.store.Savepoints;

/** The {@code lesson_actions} table: every statement on it is here. */
final class ActionRepository {
  /**
   * An action open at {@code :asOf}: proposed by then and not yet done (done_at is kept, so an
   * earlier week's digest lists what was open when that week ended).
   */
  private static final String OPEN_AT =
      "created_at <= :asOf AND (done_at IS NULL OR done_at > :asOf)";

  /** In characters (code points) as the form counts them; the column holds 4,000 UTF-16 units. */
  static final int TEXT_CHARS = 2000;

  static final int STATUS_CHARS = 255;
  static final int ASSIGNEE_CHARS = 255;
  static final int ISSUE_KEY_CHARS = 64;
  static final int ISSUE_ID_CHARS = 32;

  private static final String COLUMNS =
      "id, lesson_id, action_text, state, issue_id, issue_key, status, assignee, created_at, done_at";

  private final Jdbi jdbi;

  @Inject
  ActionRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * Stores a lesson's proposed action, in the caller's transaction, unless the lesson has one
   * already; returns the lesson's action either way.
   */
  LessonAction propose(Handle transaction, long lessonId, String text, Instant at) {
    if (text.codePointCount(0, text.length()) > TEXT_CHARS) {
      throw new IllegalArgumentException("a proposed action has at most " + TEXT_CHARS + " chars");
    }
    Savepoints.insertUnlessDuplicate(
        transaction,
        "lesson_action_propose",
        h ->
            h.createUpdate(
                    "INSERT INTO lesson_actions (lesson_id, action_text, state, created_at)"
                        + " VALUES (:lesson, :text, 'PROPOSED', :at)")
                .bind("lesson", lessonId)
                .bind("text", text)
                .bind("at", at)
                .execute());
    return transaction
        .createQuery("SELECT " + COLUMNS + " FROM lesson_actions WHERE lesson_id = :lesson")
        .bind("lesson", lessonId)
        .map(ActionRepository::action)
        .one();
  }

  Optional<LessonAction> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM lesson_actions WHERE id = :id")
                .bind("id", id)
                .map(ActionRepository::action)
                .findOne());
  }

  Optional<LessonAction> ofLesson(long lessonId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM lesson_actions WHERE lesson_id = :lesson")
                .bind("lesson", lessonId)
                .map(ActionRepository::action)
                .findOne());
  }

  /** The actions of these lessons, in lesson id order. */
  List<LessonAction> ofLessons(Collection<Long> lessonIds) {
    if (lessonIds.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM lesson_actions WHERE lesson_id IN (<ids>) ORDER BY lesson_id")
                .bindList("ids", List.copyOf(lessonIds))
                .map(ActionRepository::action)
                .list());
  }

  /** Records the action's new Jira issue: the action is open from now. */
  void issueCreated(long id, String issueId, String issueKey) {
    if (issueId.length() > ISSUE_ID_CHARS || issueKey.length() > ISSUE_KEY_CHARS) {
      throw new IllegalStateException("Jira answered an issue id or key too long to store");
    }
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE lesson_actions SET issue_id = :issueId, issue_key = :issueKey,"
                        + " state = CASE WHEN state = 'PROPOSED' THEN 'OPEN' ELSE state END"
                        + " WHERE id = :id AND issue_id IS NULL")
                .bind("issueId", issueId)
                .bind("issueKey", issueKey)
                .bind("id", id)
                .execute());
  }

  /**
   * Applies what Jira says of an action's issue, unless a newer state was applied already (a late
   * webhook must not undo a poll): done when its status category is done, open otherwise; its key
   * as Jira names it now (an issue moved to another project gets a new key, keeping its id).
   *
   * @return whether the issue is an action's and the state was applied
   */
  boolean applyJira(Handle handle, String issueId, IssueState jira) {
    Optional<String> status = JiraText.fit(jira.status(), STATUS_CHARS);
    Optional<String> assignee = JiraText.fit(jira.assignee(), ASSIGNEE_CHARS);
    Optional<String> key = jira.key().filter(k -> k.length() <= ISSUE_KEY_CHARS);
    return handle
            .createUpdate(
                "UPDATE lesson_actions SET status = :status, assignee = :assignee, status_at = :at,"
                    + " issue_key = COALESCE(:key, issue_key),"
                    + " state = :state, done_by = :doneBy,"
                    + " done_at = CASE WHEN :done THEN COALESCE(done_at, :at) ELSE NULL END"
                    + " WHERE issue_id = :issueId AND (status_at IS NULL OR status_at <= :at)")
            .bind("status", status.orElse(null))
            .bind("assignee", assignee.orElse(null))
            .bind("key", key.orElse(null))
            .bind("at", jira.at())
            .bind("state", jira.done() ? ActionState.DONE.name() : ActionState.OPEN.name())
            .bind("doneBy", jira.done() ? "JIRA" : null)
            .bind("done", jira.done())
            .bind("issueId", issueId)
            .execute()
        == 1;
  }

  /** Applies Jira's state in a transaction of its own. */
  boolean applyJira(String issueId, IssueState jira) {
    return jdbi.inTransaction(h -> applyJira(h, issueId, jira));
  }

  /**
   * Lets an open action's issue go when Jira no longer has it (deleted, or hidden from the
   * service's account): the action is proposed again, without an issue, so a lead can mark it done.
   *
   * @return whether an open action had that issue
   */
  boolean issueGone(String issueId) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE lesson_actions SET state = 'PROPOSED', issue_id = NULL,"
                            + " issue_key = NULL, status = NULL, assignee = NULL, status_at = NULL"
                            + " WHERE issue_id = :issueId AND state = 'OPEN'")
                    .bind("issueId", issueId)
                    .execute())
        == 1;
  }

  /** The open actions with an issue, {@code limit} at most, the least recently seen first. */
  List<OpenIssue> openIssues(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, issue_id FROM lesson_actions WHERE state = 'OPEN'"
                        + " AND issue_id IS NOT NULL ORDER BY status_at NULLS FIRST, id"
                        + " FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map((rs, ctx) -> new OpenIssue(rs.getLong("id"), rs.getString("issue_id")))
                .list());
  }

  /** An open action's issue, as the poller reads it. */
  record OpenIssue(long actionId, String issueId) {}

  /** Marks an action without an issue done; false when it has an issue or is done already. */
  boolean markDone(long id, Instant at) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE lesson_actions SET state = 'DONE', done_by = 'DASHBOARD',"
                            + " done_at = :at WHERE id = :id AND state = 'PROPOSED'"
                            + " AND issue_id IS NULL")
                    .bind("at", at)
                    .bind("id", id)
                    .execute())
        == 1;
  }

  /**
   * The actions proposed by {@code asOf} and not done by then, oldest first, {@code limit} at most:
   * those not done yet when {@code asOf} is now.
   */
  List<LessonAction> notDoneAt(Instant asOf, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM lesson_actions WHERE "
                        + OPEN_AT
                        + " ORDER BY created_at, id FETCH FIRST :limit ROWS ONLY")
                .bind("asOf", asOf)
                .bind("limit", limit)
                .map(ActionRepository::action)
                .list());
  }

  /** How many actions were proposed by {@code asOf} and not done by then. */
  int countNotDoneAt(Instant asOf) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM lesson_actions WHERE " + OPEN_AT)
                .bind("asOf", asOf)
                .mapTo(Integer.class)
                .one());
  }

  /** The actions done in {@code [start, end)}, in the order they were done. */
  List<LessonAction> doneBetween(Instant start, Instant end) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM lesson_actions WHERE done_at >= :start AND done_at < :end"
                        + " ORDER BY done_at, id")
                .bind("start", start)
                .bind("end", end)
                .map(ActionRepository::action)
                .list());
  }

  private static LessonAction action(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new LessonAction(
        rs.getLong("id"),
        rs.getLong("lesson_id"),
        rs.getString("action_text"),
        ActionState.valueOf(rs.getString("state")),
        Optional.ofNullable(rs.getString("issue_id")),
        Optional.ofNullable(rs.getString("issue_key")),
        Optional.ofNullable(rs.getString("status")),
        Optional.ofNullable(rs.getString("assignee")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        Optional.ofNullable(rs.getObject("done_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant));
  }
}
