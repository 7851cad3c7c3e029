package org.learningoffice.config;

/** How the service signs in to Jira. */
public sealed interface JiraCredentials {

  /** Jira Cloud: an Atlassian account email and an API token, sent as HTTP Basic. */
  record EmailAndToken(String email, Secret apiToken) implements JiraCredentials {}

  /** Jira Data Center: a personal access token, sent as a Bearer token. */
  record PersonalAccessToken(Secret token) implements JiraCredentials {}

  static JiraCredentials read(ConfigReader r, JiraConfig.JiraDeployment deployment) {
    var email = r.string("jira.email");
    var apiToken = r.secret("jira.apiToken");
    var pat = r.secret("jira.personalAccessToken");
    if (pat.isPresent() && (email.isPresent() || apiToken.isPresent())) {
      r.problem(
          "jira.personalAccessToken",
          "set either jira.email + jira.apiToken (Cloud) or jira.personalAccessToken (Data Center), not both");
    }
    if (pat.isPresent() && deployment == JiraConfig.JiraDeployment.CLOUD) {
      r.problem("jira.personalAccessToken", "Jira Cloud signs in with jira.email + jira.apiToken");
    }
    if (pat.isPresent()) {
      return new PersonalAccessToken(pat.get());
    }
    if (deployment == JiraConfig.JiraDeployment.DATACENTER) {
      return new PersonalAccessToken(
          r.missing("jira.personalAccessToken", "${LO_JIRA_PERSONAL_ACCESS_TOKEN}", Secret.of("")));
    }
    String mail = email.orElseGet(() -> r.missing("jira.email", "bot@example.com", ""));
    if (!mail.isEmpty() && !mail.contains("@")) {
      r.problem("jira.email", "'" + mail + "' is not an email address, e.g. bot@example.com");
    }
    return new EmailAndToken(
        mail,
        apiToken.orElseGet(
            () -> r.missing("jira.apiToken", "${LO_JIRA_API_TOKEN}", Secret.of(""))));
  }
}
