package org.learningoffice.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraProject;
import org.learningoffice.jira.JiraUnavailableException;

/**
 * Whether proposed actions become Jira issues, where, and how they are followed; with a project
 * set, asks Jira whether the project exists and has the issue type.
 */
final class ActionsCheck {
  private static final String NAME = "actions";

  private final ActionsConfig config;
  private final JiraClient jira;

  ActionsCheck(ActionsConfig config, JiraClient jira) {
    this.config = config;
    this.jira = jira;
  }

  /**
   * @param jiraAnswers whether Jira answered and took the credentials; if not, the project is not
   *     asked for (the Jira checks said why already)
   */
  List<CheckResult> run(boolean jiraAnswers) {
    if (config.project().isEmpty()) {
      return List.of(
          CheckResult.skip(
              NAME,
              "no action issues (actions.project is not set); proposed actions stay with their"
                  + " lessons and in the digest"));
    }
    String project = config.project().get();
    if (jiraAnswers) {
      Optional<CheckResult> problem = projectProblem(project);
      if (problem.isPresent()) {
        return List.of(problem.get());
      }
    }
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
      return List.of(
          CheckResult.ok(
              NAME,
              "a proposed action becomes one of the "
                  + where
                  + " when someone asks for it on the lesson form (actions.createIssues is"
                  + " false)"
                  + followed));
    }
    return List.of(
        CheckResult.ok(NAME, "every proposed action becomes one of the " + where + followed));
  }

  /** A failure when Jira has no such project, or the project lacks the issue type. */
  private Optional<CheckResult> projectProblem(String key) {
    Optional<JiraProject> project;
    try {
      project = jira.projects().project(key);
    } catch (JiraException | JiraUnavailableException e) {
      return Optional.of(
          CheckResult.fail(NAME, "cannot read project " + key + " from Jira: " + e.getMessage()));
    }
    if (project.isEmpty()) {
      return Optional.of(
          CheckResult.fail(
              NAME,
              "project "
                  + key
                  + " not found (or the account may not browse it); correct actions.project"));
    }
    List<String> types = project.get().issueTypes();
    if (types.stream().noneMatch(t -> t.equals(config.issueType()))) {
      return Optional.of(
          CheckResult.fail(
              NAME,
              "issue type "
                  + config.issueType()
                  + " not in project "
                  + key
                  + "; it has: "
                  + String.join(", ", types)));
    }
    return Optional.empty();
  }
}
