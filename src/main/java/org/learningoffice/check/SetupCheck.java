package org.learningoffice.check;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.forge.ForgeKeys;
import org.learningoffice.jira.JiraClient;

/** Everything {@code check} verifies about an installation, one result per check. */
public final class SetupCheck {
  private final AppConfig config;
  private final JiraClient jira;

  @Inject
  SetupCheck(AppConfig config, JiraClient jira) {
    this.config = config;
    this.jira = jira;
  }

  /** Runs every check; the configuration itself was validated when it was loaded. */
  public List<CheckResult> run() {
    List<CheckResult> results = new ArrayList<>();
    if (config.jira().allowUnsignedWebhooks()) {
      results.add(
          CheckResult.warn(
              "webhooks",
              "unsigned webhooks are accepted (jira.allowUnsignedWebhooks: true); anyone who can"
                  + " reach the service can forge events: "
                  + (config.jira().webhookSecretIfSet().isPresent()
                      ? "jira.webhookSecret is set, so remove jira.allowUnsignedWebhooks"
                      : "set jira.webhookSecret instead")));
    }
    if (config.jira().webhookSecretIsShort()) {
      results.add(
          CheckResult.warn(
              "webhooks", JiraConfig.SHORT_WEBHOOK_SECRET + ", set it and run install again"));
    }
    new ServerCheck(config.server()).run().ifPresent(results::add);
    results.addAll(new StoreCheck(config.store(), config.orders()).run());
    new MailCheck(config.digest().smtp()).run().ifPresent(results::add);
    JiraChecks.Outcome jiraOutcome = new JiraChecks(jira, config.jira(), config.orders()).run();
    results.addAll(jiraOutcome.results());
    results.addAll(new ForgeCheck(config.forge(), new ForgeKeys(config.forge())).run());
    FeedForwardCheck feedForward = new FeedForwardCheck(config.feedForward());
    results.addAll(jiraOutcome.signedIn().isPresent() ? feedForward.run(jira) : feedForward.run());
    IssueProjectCheck projects = new IssueProjectCheck(jira, config.jira().credentials());
    ActionsCheck actions = new ActionsCheck(config.actions(), projects);
    DigestIssueCheck digestIssue = new DigestIssueCheck(config.digest(), projects);
    // without a signed-in account the Jira checks already said why; the projects are not asked for
    results.addAll(jiraOutcome.signedIn().map(actions::run).orElseGet(actions::run));
    results.addAll(jiraOutcome.signedIn().map(digestIssue::run).orElseGet(digestIssue::run));
    return results;
  }
}
