package org.learningoffice.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.config.JiraCredentials;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraPermission;
import org.learningoffice.jira.JiraProject;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.JiraUser;

/**
 * Whether proposed actions become Jira issues, where, and how they are followed; with a project
 * set, asks Jira whether the project exists, has the issue type, and lets the account create issues
 * in it.
 */
final class ActionsCheck {
  private static final String NAME = "actions";
  private static final String PERMISSION = "actions permission";

  private final ActionsConfig config;
  private final JiraCredentials credentials;
  private final JiraClient jira;

  ActionsCheck(ActionsConfig config, JiraCredentials credentials, JiraClient jira) {
    this.config = config;
    this.credentials = credentials;
    this.jira = jira;
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
    Optional<JiraProject> project;
    try {
      project = jira.projects().project(key);
    } catch (JiraException | JiraUnavailableException e) {
      return List.of(
          CheckResult.fail(NAME, "cannot read project " + key + " from Jira: " + e.getMessage()));
    }
    if (project.isEmpty()) {
      return List.of(
          CheckResult.fail(
              NAME,
              "project "
                  + key
                  + " not found (or the account may not browse it); correct actions.project"));
    }
    return List.of(issueType(key, project.get()), createPermission(key, signedIn));
  }

  private List<CheckResult> off() {
    return List.of(
        CheckResult.skip(
            NAME,
            "no action issues (actions.project is not set); proposed actions stay with their"
                + " lessons and in the digest"));
  }

  /** A failure when the project lacks the issue type, else where action issues go. */
  private CheckResult issueType(String key, JiraProject project) {
    List<String> types = project.issueTypes();
    if (types.stream().noneMatch(t -> t.equals(config.issueType()))) {
      return CheckResult.fail(
          NAME,
          "issue type "
              + config.issueType()
              + " not in project "
              + key
              + "; it has: "
              + String.join(", ", types));
    }
    return where(key);
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

  /** Whether Jira lets the account create issues in the project ({@code GET mypermissions}). */
  private CheckResult createPermission(String project, JiraUser signedIn) {
    boolean granted;
    try {
      granted =
          jira.account()
              .permissions(project, EnumSet.of(JiraPermission.CREATE_ISSUES))
              .has(JiraPermission.CREATE_ISSUES);
    } catch (JiraException | JiraUnavailableException e) {
      return CheckResult.fail(
          PERMISSION,
          "cannot ask Jira whether "
              + signedIn.displayName()
              + " may create issues in "
              + project
              + ": "
              + e.getMessage());
    }
    if (granted) {
      return CheckResult.ok(
          PERMISSION, signedIn.displayName() + " may create issues in project " + project);
    }
    return CheckResult.fail(
        PERMISSION,
        signedIn.displayName()
            + " ("
            + signedIn.id().value()
            + ") lacks CREATE_ISSUES in project "
            + project
            + ", so no action issue can be created; grant 'Create issues' in project "
            + project
            + "'s permission scheme to the account "
            + account()
            + ", or turn actions off (leave actions.project out)");
  }

  /** Which setting signs in as the account, for an admin looking for it. */
  private String account() {
    if (credentials instanceof JiraCredentials.EmailAndToken emailAndToken) {
      return "in jira.email (" + emailAndToken.email() + ")";
    }
    return "of jira.personalAccessToken";
  }
}
