package org.learningoffice.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach Jira. Cloud signs in with an account email and API token; Data Center with a
 * personal access token. Secrets stay wrapped in {@link Secret}.
 */
public record JiraConfig(
    URI baseUrl,
    JiraDeployment deployment,
    JiraCredentials credentials,
    Secret webhookSecret,
    boolean allowUnsignedWebhooks,
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts) {

  /** Which Jira is on the other end; {@code AUTO} asks Jira's {@code serverInfo}. */
  public enum JiraDeployment {
    AUTO,
    CLOUD,
    DATACENTER
  }

  /**
   * How long the Jira client keeps retrying one call (waits for its turn and between attempts); an
   * attempt begun within it still runs to its own {@link #callTimeout()}.
   */
  public static final Duration RETRY_BUDGET = Duration.ofMinutes(2);

  /** The most Jira calls one outbox job step makes: look for an earlier comment, then add it. */
  public static final int CALLS_PER_JOB_STEP = 2;

  /** Below this a webhook secret can be guessed, and webhooks forged with it. */
  public static final int MIN_WEBHOOK_SECRET_BYTES = 16;

  /** What is wrong with a webhook secret shorter than {@link #MIN_WEBHOOK_SECRET_BYTES}. */
  public static final String SHORT_WEBHOOK_SECRET =
      "jira.webhookSecret ("
          + ConfigReader.envName("jira.webhookSecret")
          + ") is shorter than "
          + MIN_WEBHOOK_SECRET_BYTES
          + " bytes, short enough to guess and forge webhooks with; generate one with openssl"
          + " rand -hex 32";

  /** Whether a webhook secret is set but shorter than {@link #MIN_WEBHOOK_SECRET_BYTES}. */
  public boolean webhookSecretIsShort() {
    return webhookSecretIfSet()
        .filter(secret -> !secret.isBlank() && secret.bytes().length < MIN_WEBHOOK_SECRET_BYTES)
        .isPresent();
  }

  /** The webhook secret, when one is configured. */
  public Optional<Secret> webhookSecretIfSet() {
    return Optional.ofNullable(webhookSecret);
  }

  /** The time limit of one attempt of a call: connecting, then reading twice the read timeout. */
  public Duration callTimeout() {
    return connectTimeout.plus(readTimeout.multipliedBy(2));
  }

  /** The longest one call may take with its retries: one attempt, or the retry budget and one. */
  public Duration longestCall() {
    return maxAttempts > 1 ? RETRY_BUDGET.plus(callTimeout()) : callTimeout();
  }

  /**
   * The longest an outbox job step may take between two renewals of its lease: its Jira calls, each
   * retried. {@code store.outboxLease} must be at least this, or a second worker may take over a
   * job that is still running.
   */
  public Duration longestJobStep() {
    return longestCall().multipliedBy(CALLS_PER_JOB_STEP);
  }

  static JiraConfig read(ConfigReader r) {
    String example = "https://your-site.atlassian.net";
    URI unusable = URI.create("http://invalid.invalid");
    URI baseUrl =
        r.string("jira.baseUrl").isPresent()
            ? r.httpUrl("jira.baseUrl", example).orElse(unusable)
            : r.missing("jira.baseUrl", example, unusable);
    if (baseUrl.getRawUserInfo() != null) {
      // named without its value, which holds the password
      r.problem(
          "jira.baseUrl",
          "holds a user name or password; leave them out (the service signs in with jira.email"
              + " and jira.apiToken, or jira.personalAccessToken), e.g. "
              + example);
    }
    JiraDeployment deployment =
        r.enumValue("jira.deployment", JiraDeployment.class).orElse(JiraDeployment.AUTO);
    JiraCredentials credentials = JiraCredentials.read(r, deployment);
    Secret webhookSecret = r.secret("jira.webhookSecret").orElse(null);
    boolean allowUnsigned = r.bool("jira.allowUnsignedWebhooks", false);
    // A Forge app sends its events to /forge/events, checked by their invocation token; without a
    // secret /hooks/jira then refuses every delivery (401), which is what a Forge-only site wants.
    boolean forgeOnly = r.string("forge.appId").isPresent();
    if (webhookSecret == null && !allowUnsigned && !forgeOnly) {
      r.missing(
          "jira.webhookSecret",
          "${LO_JIRA_WEBHOOK_SECRET} (or forge.appId for Forge events only, or"
              + " jira.allowUnsignedWebhooks: true)",
          null);
    }
    return new JiraConfig(
        baseUrl,
        deployment,
        credentials,
        webhookSecret,
        allowUnsigned,
        r.duration("jira.connectTimeout", Duration.ofSeconds(10)),
        r.duration("jira.readTimeout", Duration.ofSeconds(30)),
        r.integer("jira.maxAttempts", 5, 1, 20));
  }
}
