package org.learningoffice.check;

import java.util.List;
import java.util.Locale;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.jira.JiraUser;

/**
 * Whether proposed actions become Jira issues, where, and how they are followed; with a project
 * set, asks Jira whether the project exists, has the issue type, and lets the account create issues
 * in it.
 */
final class ActionsCheck {
  private static final String NAME = "actions";

  private final ActionsConfig config;
  private final IssueProjectCheck projects;

  ActionsCheck(ActionsConfig config, IssueProjectCheck projects) {
    this.config = config;
    this.projects = projects;
  }

  /** Without asking Jira: for when it did not answer or took no credentials (said already). */
  List<CheckResult> run() {
    return config.project().map(project -> List.of(where(project))).orElseGet(this::off);
  }

  /**
   * Asks Jira, as {@code signedIn}, for the project, its issue types and the account's permission
   * to create issues in it.
   */
  List<CheckResult> run(JiraUser signedIn) {
    if (config.project().isEmpty()) {
      return off();
    }
    String key = config.project().get();
    return projects.run(
        new IssueProjectCheck.Target(
            NAME,
            key,
            config.issueType(),
            "actions.project",
            "no action issue can be created",
            "turn actions off (leave actions.project out)"),
        signedIn,
        where(key));
  }

  private List<CheckResult> off() {
    return List.of(
        CheckResult.skip(
            NAME,
            "no action issues (actions.project is not set); proposed actions stay with their"
                + " lessons and in the digest"));
  }

  private CheckResult where(String project) {
    String where = config.issueType() + " issues in " + project;
    String followed =
        ", linked to their order ("
            + config.linkType()
            + ") and polled every "
            + config.pollInterval().toString().substring(2).toLowerCase(Locale.ROOT)
            + "; run install again if the webhook was registered before actions.project was"
            + " set, so that its JQL filter covers labels = "
            + ActionsConfig.ISSUE_LABEL;
    if (!config.createIssues()) {
      return CheckResult.ok(
          NAME,
          "a proposed action becomes one of the "
              + where
              + " when someone asks for it on the lesson form (actions.createIssues is"
              + " false)"
              + followed);
    }
    return CheckResult.ok(NAME, "every proposed action becomes one of the " + where + followed);
  }
}
