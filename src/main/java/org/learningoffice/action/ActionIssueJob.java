package org.learningoffice.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.IssueRef;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.SearchQuery;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.RelatedCandidates;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.OrderStatus;
import org.learningoffice.outbox.JobSteps;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxJobHandler;
import org.learningoffice.outbox.UnusableJobException;

/**
 * Creates an action's Jira issue ({@code ACTION_ISSUE}), once, links it to the order (unless Jira
 * deleted the order's ticket) and reads its first status. Creating an issue is not idempotent and
 * its answer can be lost, so the job records that it is about to create before creating; an attempt
 * that finds that record but no issue searches for the lesson's own label first and creates only
 * when Jira has none.
 */
final class ActionIssueJob implements OutboxJobHandler {
  private final ObjectMapper json;
  private final ActionRepository actions;
  private final RelatedCandidates lessons;
  private final ActionIssueText text;
  private final JiraClient jira;
  private final ActionsConfig config;
  private final OrderRepository orders;
  private final Clock clock;

  @Inject
  ActionIssueJob(
      ObjectMapper json,
      ActionRepository actions,
      RelatedCandidates lessons,
      ActionIssueText text,
      JiraClient jira,
      ActionsConfig config,
      OrderRepository orders,
      Clock clock) {
    this.json = json;
    this.actions = actions;
    this.lessons = lessons;
    this.text = text;
    this.jira = jira;
    this.config = config;
    this.orders = orders;
    this.clock = clock;
  }

  /** The payload of an action's job. */
  static String payload(ObjectMapper json, long actionId) {
    try {
      return json.writeValueAsString(java.util.Map.of("actionId", actionId));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a number always serializes", e);
    }
  }

  /** An action issue lives in the actions project: it outlives its order's ticket. */
  @Override
  public boolean worksOnOrderTicket() {
    return false;
  }

  @Override
  public void handle(Outbox.Job job, JobSteps steps) {
    long actionId = actionId(job.payload());
    LessonAction action =
        actions
            .find(actionId)
            .orElseThrow(() -> new UnusableJobException("action " + actionId + " is gone"));
    LessonWithOrder lesson =
        lessons.byIds(List.of(action.lessonId())).stream()
            .findFirst()
            .orElseThrow(
                () -> new UnusableJobException("the lesson of action " + actionId + " is gone"));
    if (config.project().isEmpty()) {
      throw new UnusableJobException("actions.project is not set: no project to create it in");
    }
    if (action.state() == ActionState.DONE
        && action.issue().isEmpty()
        && !steps.isDone("issue-sending")) {
      return; // a lead marked it done while the job waited: the lead's word stands, no issue
    }
    IssueRef issue = created(steps, action, lesson);
    if (!orderDeleted(lesson)) {
      steps.once(
          "link", () -> jira.issueLinks().link(config.linkType(), issue.key(), lesson.issueKey()));
    }
    steps.once(
        "status",
        () -> {
          Issue read = jira.issues().get(issue.key(), List.of());
          actions.applyJira(issue.id(), ActionIssueEvents.state(read, clock.instant()));
        });
  }

  /** Whether Jira deleted the order's ticket: there is nothing left to link the action to. */
  private boolean orderDeleted(LessonWithOrder lesson) {
    return orders
        .findByIssueKey(lesson.issueKey())
        .filter(order -> order.state().status() == OrderStatus.DELETED)
        .isPresent();
  }

  private IssueRef created(JobSteps steps, LessonAction action, LessonWithOrder lesson) {
    Optional<IssueRef> stored = action.issue();
    if (stored.isPresent()) {
      steps.once("issue", () -> {});
      return stored.get();
    }
    String label = ActionJobs.label(lesson.lesson().publicId());
    if (steps.isDone("issue-sending")) {
      Optional<IssueRef> found =
          jira.search()
              .issues(SearchQuery.of("labels = \"" + label + "\"").withPageSize(1))
              .findFirst()
              .map(i -> new IssueRef(i.id(), i.key()));
      if (found.isPresent()) {
        return recorded(steps, action, found.get());
      }
    } else {
      steps.record("issue-sending");
    }
    return recorded(steps, action, jira.issues().create(text.issue(action, lesson)));
  }

  private IssueRef recorded(JobSteps steps, LessonAction action, IssueRef issue) {
    actions.issueCreated(action.id(), issue.id(), issue.key());
    steps.record("issue");
    return issue;
  }

  private long actionId(String payload) {
    try {
      long id = json.readTree(payload).path("actionId").asLong(0);
      if (id <= 0) {
        throw new UnusableJobException("action job payload lacks actionId");
      }
      return id;
    } catch (JsonProcessingException e) {
      throw new UnusableJobException("action job payload is not JSON: " + e.getOriginalMessage());
    }
  }
}
