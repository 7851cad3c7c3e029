package org.learningoffice.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Proposed actions followed to done: where their Jira issues are created, whether every proposed
 * action gets one without asking, how each is linked to its order, and how often open ones are
 * polled.
 *
 * @param project the Jira project key action issues are created in; without it no issue is created
 *     and a lead marks actions done on the dashboard
 * @param issueType the issue type of action issues
 * @param createIssues create an issue for every proposed action as the lesson is stored (else only
 *     when someone presses the form's button)
 * @param linkType the issue link type between an action issue and its order, by name
 * @param pollInterval how often the open action issues are read from Jira
 */
public record ActionsConfig(
    Optional<String> project,
    String issueType,
    boolean createIssues,
    String linkType,
    Duration pollInterval) {
  public static final String DEFAULT_ISSUE_TYPE = "Task";
  public static final String DEFAULT_LINK_TYPE = "Relates";
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

  /** The label every action issue carries: how Jira's webhook filter and searches find them. */
  public static final String ISSUE_LABEL = "learning-office-action";

  /** No action issues: actions are marked done on the dashboard. */
  public static final ActionsConfig OFF =
      new ActionsConfig(
          Optional.empty(), DEFAULT_ISSUE_TYPE, false, DEFAULT_LINK_TYPE, DEFAULT_POLL_INTERVAL);

  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

  /** Whether action issues can be created (a project is set). */
  public boolean issues() {
    return project.isPresent();
  }

  static ActionsConfig read(ConfigReader r) {
    Optional<String> project = r.string("actions.project").map(String::strip);
    if (project.isPresent() && !PROJECT_KEY.matcher(project.get()).matches()) {
      r.problem(
          "actions.project",
          "'" + project.get() + "' is not a Jira project key (capitals, e.g. ACT)");
    }
    String issueType = r.string("actions.issueType", DEFAULT_ISSUE_TYPE).strip();
    if (issueType.isEmpty()) {
      r.problem("actions.issueType", "is empty; name an issue type of the project, e.g. Task");
    }
    boolean createIssues = r.bool("actions.createIssues", false);
    if (createIssues && project.isEmpty()) {
      r.problem("actions.createIssues", "needs actions.project, the project to create them in");
    }
    String linkType = r.string("actions.linkType", DEFAULT_LINK_TYPE).strip();
    if (linkType.isEmpty()) {
      r.problem("actions.linkType", "is empty; name an issue link type, e.g. Relates");
    }
    Duration pollInterval = r.duration("actions.pollInterval", DEFAULT_POLL_INTERVAL);
    if (pollInterval.compareTo(Duration.ofSeconds(10)) < 0) {
      r.problem("actions.pollInterval", "must be at least 10s, e.g. 15m");
    }
    return new ActionsConfig(project, issueType, createIssues, linkType, pollInterval);
  }
}
