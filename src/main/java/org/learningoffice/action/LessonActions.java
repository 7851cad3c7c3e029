package org.learningoffice.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.store.Database;

/**
 * The door to proposed actions for the features that show or change them: a stored lesson's action
 * is proposed (and, with {@code actions.createIssues}, its issue queued) in the lesson's own
 * transaction; the form asks for an issue; a lead marks an action without one done.
 */
public final class LessonActions {
  /** The outcome of asking for an action's issue. */
  public enum Requested {
    /** Queued now, or queued or created already: asking again changes nothing. */
    QUEUED,
    /** The lesson proposes no action. */
    NO_ACTION,
    /** Issue creation is off ({@code actions.project} is not set). */
    OFF,
    /** A lead marked the action done without an issue: none is created now. */
    DONE
  }

  private final Database database;
  private final ActionRepository actions;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final ActionsConfig config;
  private final Clock clock;

  @Inject
  LessonActions(
      Database database,
      ActionRepository actions,
      Outbox outbox,
      ObjectMapper json,
      ActionsConfig config,
      Clock clock) {
    this.database = database;
    this.actions = actions;
    this.outbox = outbox;
    this.json = json;
    this.config = config;
    this.clock = clock;
  }

  /** Whether action issues can be created (a project is configured). */
  public boolean issuesEnabled() {
    return config.issues();
  }

  /**
   * Stores the lesson's proposed action, if it has one, in the caller's transaction; with {@code
   * actions.createIssues} it also queues the action's issue.
   */
  public Optional<LessonAction> propose(Handle transaction, Lesson lesson) {
    if (lesson.proposedAction().isEmpty()) {
      return Optional.empty();
    }
    LessonAction action =
        actions.propose(
            transaction, lesson.id(), lesson.proposedAction().get(), lesson.createdAt());
    if (config.createIssues()) {
      queue(transaction, lesson, action);
    }
    return Optional.of(action);
  }

  /**
   * Asks for the lesson's action issue: queued once however often it is asked while it waits; asked
   * again after Jira refused it (its job parked) or after its issue was deleted, it is queued
   * again.
   */
  public Requested requestIssue(Lesson lesson) {
    if (!config.issues()) {
      return Requested.OFF;
    }
    if (lesson.proposedAction().isEmpty()) {
      return Requested.NO_ACTION;
    }
    return database
        .jdbi()
        .inTransaction(
            h -> {
              LessonAction action =
                  actions.propose(
                      h, lesson.id(), lesson.proposedAction().get(), lesson.createdAt());
              if (action.state() == ActionState.PROPOSED) {
                outbox.enqueueAgain(h, job(lesson, action));
              }
              return action.state() == ActionState.DONE && action.issueId().isEmpty()
                  ? Requested.DONE
                  : Requested.QUEUED;
            });
  }

  /**
   * Where the issue of each of these lessons' proposed actions stands, by lesson id; lessons
   * without a proposed action are left out.
   */
  public Map<Long, ActionIssue> issuesOf(Collection<Lesson> lessons) {
    Map<Long, LessonAction> stored = ofLessons(lessons.stream().map(Lesson::id).toList());
    Map<Long, ActionIssue> issues = new java.util.LinkedHashMap<>();
    for (Lesson lesson : lessons) {
      if (lesson.proposedAction().isEmpty()) {
        continue;
      }
      Optional<LessonAction> action = Optional.ofNullable(stored.get(lesson.id()));
      Optional<String> key = action.flatMap(LessonAction::issueKey);
      ActionIssue.Progress progress =
          key.isPresent()
              ? ActionIssue.Progress.CREATED
              : action.map(LessonAction::state).orElse(ActionState.PROPOSED) == ActionState.DONE
                  ? ActionIssue.Progress.DONE_WITHOUT_ISSUE
                  : outbox.waiting(ActionJobs.issueKey(lesson.publicId()))
                      ? ActionIssue.Progress.QUEUED
                      : ActionIssue.Progress.NOT_ASKED;
      issues.put(lesson.id(), new ActionIssue(progress, key));
    }
    return issues;
  }

  /** The actions of these lessons, by lesson id. */
  public Map<Long, LessonAction> ofLessons(Collection<Long> lessonIds) {
    return actions.ofLessons(lessonIds).stream()
        .collect(Collectors.toMap(LessonAction::lessonId, Function.identity()));
  }

  /** The outcome of marking an action done by hand. */
  public enum MarkedDone {
    /** Marked done now. */
    MARKED,
    /** Done already: nothing changed. */
    DONE_ALREADY,
    /** It has a Jira issue, whose status decides: nothing changed. */
    HAS_ISSUE,
    /** There is no such action. */
    UNKNOWN
  }

  /**
   * Marks an action done by hand (a lead on the dashboard); only an action without a Jira issue,
   * whose issue's status decides otherwise. Marking it again changes nothing.
   */
  public MarkedDone markDone(long actionId) {
    if (actions.markDone(actionId, clock.instant())) {
      return MarkedDone.MARKED;
    }
    return actions
        .find(actionId)
        .map(
            a ->
                a.state() == ActionState.DONE
                    ? MarkedDone.DONE_ALREADY
                    : a.issueId().isPresent() ? MarkedDone.HAS_ISSUE : MarkedDone.UNKNOWN)
        .orElse(MarkedDone.UNKNOWN);
  }

  private void queue(Handle transaction, Lesson lesson, LessonAction action) {
    outbox.enqueue(transaction, job(lesson, action));
  }

  private Outbox.NewJob job(Lesson lesson, LessonAction action) {
    return new Outbox.NewJob(
        ActionJobs.issueKey(lesson.publicId()),
        ActionJobs.ACTION_ISSUE,
        lesson.orderId(),
        ActionIssueJob.payload(json, action.id()),
        clock.instant());
  }
}
