package org.learningoffice.action;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.SearchQuery;
import org.learningoffice.lifecycle.Repeating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the open action issues from Jira every {@code actions.pollInterval}, in searches of {@link
 * #BATCH} ids, so an action is followed to done even when no webhook reaches the service (the
 * webhook's JQL filter may cover only orders). Jira refuses a whole search when one of its ids is
 * an issue that was deleted or that the account no longer sees; that batch is then read issue by
 * issue, and an action whose issue Jira answers 404 for no longer has an issue (a lead can mark it
 * done on the dashboard).
 */
final class ActionPoller {
  static final int BATCH = 50;

  /** Issues read per run at most; the least recently seen go first, so all get their turn. */
  static final int PER_RUN = 1000;

  private static final Logger log = LoggerFactory.getLogger(ActionPoller.class);
  private static final Pattern ISSUE_ID = Pattern.compile("[0-9]{1,32}");

  private final ActionRepository actions;
  private final JiraClient jira;
  private final Clock clock;
  private final Duration interval;

  @Inject
  ActionPoller(ActionRepository actions, JiraClient jira, Clock clock, ActionsConfig config) {
    this.actions = actions;
    this.jira = jira;
    this.clock = clock;
    this.interval = config.pollInterval();
  }

  /** Reads the open action issues once; returns how many Jira answered for. */
  int poll() {
    List<String> ids =
        actions.openIssues(PER_RUN).stream()
            .map(ActionRepository.OpenIssue::issueId)
            .filter(id -> ISSUE_ID.matcher(id).matches())
            .toList();
    int read = 0;
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      String jql = "id in (" + String.join(",", batch) + ")";
      List<Issue> issues;
      try {
        issues = jira.search().issues(SearchQuery.of(jql).withPageSize(BATCH)).toList();
      } catch (JiraException e) {
        if (e.status() != 400) {
          throw e;
        }
        issues = oneByOne(batch);
      }
      for (Issue issue : issues) {
        actions.applyJira(issue.id(), ActionIssueEvents.state(issue, clock.instant()));
        read++;
      }
    }
    return read;
  }

  /** The issues of a batch Jira refused to search, read one at a time; gone ones are let go. */
  private List<Issue> oneByOne(List<String> batch) {
    List<Issue> issues = new ArrayList<>();
    for (String id : batch) {
      try {
        issues.add(jira.issues().get(id, List.of()));
      } catch (JiraException e) {
        if (e.status() == 404 && actions.issueGone(id)) {
          log.warn(
              "action issue {} is deleted or hidden from the service's Jira account: its action"
                  + " no longer has an issue",
              id);
        } else if (e.status() != 404) {
          log.warn("action issue {} could not be read: {}", id, e.getMessage());
        }
      }
    }
    return issues;
  }

  /** Polling every {@code actions.pollInterval}, first one interval after start. */
  Repeating loop() {
    return new Repeating(
        "action-poller", interval, interval, Duration.ofSeconds(10), false, this::poll);
  }
}
