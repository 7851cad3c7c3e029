package org.learningoffice.check;

import java.util.List;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.jira.JiraUser;

/**
 * Whether the weekly digest is filed as a Jira issue, and where; asks Jira whether that project
 * exists for the account, has the issue type, and lets the account create issues in it, which
 * otherwise shows only when the week's digest fails. No line when the digest files no issue.
 */
final class DigestIssueCheck {
  private static final String NAME = "digest issue";

  private final DigestConfig config;
  private final IssueProjectCheck projects;

  DigestIssueCheck(DigestConfig config, IssueProjectCheck projects) {
    this.config = config;
    this.projects = projects;
  }

  /** Without asking Jira: for when it did not answer or took no credentials (said already). */
  List<CheckResult> run() {
    return config.jiraProjectKey().map(project -> List.of(where(project))).orElse(List.of());
  }

  /** Asks Jira, as {@code signedIn}, about the digest's project. */
  List<CheckResult> run(JiraUser signedIn) {
    return config
        .jiraProjectKey()
        .map(
            key ->
                projects.run(
                    new IssueProjectCheck.Target(
                        NAME,
                        key,
                        config.jiraIssueType(),
                        "digest.jira.projectKey",
                        "the weekly digest cannot be filed there",
                        "leave digest.jira.projectKey out to file no digest issue"),
                    signedIn,
                    where(key)))
        .orElse(List.of());
  }

  private CheckResult where(String project) {
    return CheckResult.ok(
        NAME, "the weekly digest is filed as a " + config.jiraIssueType() + " issue in " + project);
  }
}
