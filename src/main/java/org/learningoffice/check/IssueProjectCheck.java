package org.learningoffice.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.JiraCredentials;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraPermission;
import org.learningoffice.jira.JiraProject;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.JiraUser;

/**
 * Asks Jira about a project the service files issues in (action issues, the digest as an issue):
 * whether the signed-in account sees it, whether it has the configured issue type, and whether the
 * account may create issues there. Seeing the project is what searching it needs too.
 */
final class IssueProjectCheck {
  /**
   * What to ask about and how the lines name it: {@code name} is the check's line ({@code name + "
   * permission"} the permission's), {@code setting} the key that names the project, {@code
   * withoutIt} what fails when the account may not create issues, {@code turnOff} how to do
   * without.
   */
  record Target(
      String name,
      String project,
      String issueType,
      String setting,
      String withoutIt,
      String turnOff) {}

  private final JiraClient jira;
  private final JiraCredentials credentials;

  IssueProjectCheck(JiraClient jira, JiraCredentials credentials) {
    this.jira = jira;
    this.credentials = credentials;
  }

  /**
   * The target's lines as {@code signedIn}: one failure when the project cannot be read or is not
   * found; else the issue type's line ({@code found} when the project has it) and the permission's.
   */
  List<CheckResult> run(Target target, JiraUser signedIn, CheckResult found) {
    Optional<JiraProject> project;
    try {
      project = jira.projects().project(target.project());
    } catch (JiraException | JiraUnavailableException e) {
      return List.of(
          CheckResult.fail(
              target.name(),
              "cannot read project " + target.project() + " from Jira: " + e.getMessage()));
    }
    if (project.isEmpty()) {
      return List.of(
          CheckResult.fail(
              target.name(),
              "project "
                  + target.project()
                  + " not found (or the account may not browse it); correct "
                  + target.setting()));
    }
    return List.of(issueType(target, project.get(), found), createPermission(target, signedIn));
  }

  private static CheckResult issueType(Target target, JiraProject project, CheckResult found) {
    List<String> types = project.issueTypes();
    if (types.stream().noneMatch(t -> t.equals(target.issueType()))) {
      return CheckResult.fail(
          target.name(),
          "issue type "
              + target.issueType()
              + " not in project "
              + target.project()
              + "; it has: "
              + String.join(", ", types));
    }
    return found;
  }

  /** Whether Jira lets the account create issues in the project ({@code GET mypermissions}). */
  private CheckResult createPermission(Target target, JiraUser signedIn) {
    String line = target.name() + " permission";
    String project = target.project();
    boolean granted;
    try {
      granted =
          jira.account()
              .permissions(project, EnumSet.of(JiraPermission.CREATE_ISSUES))
              .has(JiraPermission.CREATE_ISSUES);
    } catch (JiraException | JiraUnavailableException e) {
      return CheckResult.fail(
          line,
          "cannot ask Jira whether "
              + signedIn.displayName()
              + " may create issues in "
              + project
              + ": "
              + e.getMessage());
    }
    if (granted) {
      return CheckResult.ok(
          line, signedIn.displayName() + " may create issues in project " + project);
    }
    return CheckResult.fail(
        line,
        signedIn.displayName()
            + " ("
            + signedIn.id().value()
            + ") lacks CREATE_ISSUES in project "
            + project
            + ", so "
            + target.withoutIt()
            + "; grant 'Create issues' in project "
            + project
            + "'s permission scheme to the account "
            + account()
            + ", or "
            + target.turnOff());
  }

  /** Which setting signs in as the account, for an admin looking for it. */
  private String account() {
    if (credentials instanceof JiraCredentials.EmailAndToken emailAndToken) {
      return "in jira.email (" + emailAndToken.email() + ")";
    }
    return "of jira.personalAccessToken";
  }
}
