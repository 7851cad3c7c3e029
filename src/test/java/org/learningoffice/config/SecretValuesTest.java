package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret-bearing key's value never appears in a problem, whatever is wrong with it. */
class SecretValuesTest {
  private static final String SECRET = "SECRETX-must-never-show";
  private static final Path MINIMAL = Path.of("src/test/resources/config/minimal.yml");

  /** Every key whose value is a secret: tokens, passwords, signing keys, webhook URLs. */
  static final List<String> SECRET_KEYS =
      List.of(
          "jira.apiToken",
          "jira.personalAccessToken",
          "jira.webhookSecret",
          "capture.tokenSecret",
          "capture.previousTokenSecrets",
          "store.password",
          "office.accessToken",
          "digest.smtp.password",
          "digest.slack.webhookUrl",
          "digest.teams.webhookUrl");

  @Test
  void theListAboveIsEveryKeyTheConfigReadsAsASecret() {
    ConfigReader reader = new ConfigReader(null, Map.of());
    AppConfig.read(reader);

    assertThat(reader.secretKeys()).containsExactlyInAnyOrderElementsOf(SECRET_KEYS);
  }

  @ParameterizedTest
  @FieldSource("SECRET_KEYS")
  void aBadValueOfASecretKeyIsReportedWithoutTheValue(String key) {
    ConfigReader reader = new ConfigReader(null, Map.of(ConfigReader.envName(key), SECRET));
    AppConfig.read(reader);
    // whatever check a secret key gets now or later: here, one that the value fails
    reader.integer(key, 0, 0, 1);

    assertThatThrownBy(reader::finish)
        .hasMessageContaining(
            key
                + " (from "
                + ConfigReader.envName(key)
                + "): is not a whole number (value not shown: it is a secret)")
        .hasMessageNotContaining("SECRETX");
  }

  @Test
  void aWebhookUrlThatIsNotAUrlIsReportedWithoutTheUrl() {
    Map<String, String> env = new HashMap<>(minimalSecrets());
    env.put("LO_DIGEST_SLACK_WEBHOOK_URL", "htp://hooks.slack.com/services/" + SECRET);
    env.put("LO_DIGEST_TEAMS_WEBHOOK_URL", "webhook.office.com/" + SECRET);

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "digest.slack.webhookUrl (from LO_DIGEST_SLACK_WEBHOOK_URL): is not an"
                            + " absolute http(s) URL (value not shown: it is a secret), e.g."
                            + " https://hooks.slack.com/services/T/B/X",
                        "digest.teams.webhookUrl (from LO_DIGEST_TEAMS_WEBHOOK_URL): is not an"
                            + " absolute http(s) URL (value not shown: it is a secret), e.g."
                            + " https://example.webhook.office.com/webhookb2/..."))
        .hasMessageNotContaining("SECRETX");
  }

  @Test
  void aStoreUrlThatIsNoJdbcUrlIsQuotedWithoutItsPassword() {
    Map<String, String> env = new HashMap<>(minimalSecrets());
    env.put("LO_STORE_URL", "postgresql://lo:" + SECRET + "@db/lo?password=" + SECRET);

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessageContaining(
            "store.url (from LO_STORE_URL): 'postgresql://lo:****@db/lo?password=****' is neither"
                + " an H2 nor a PostgreSQL JDBC URL")
        .hasMessageNotContaining("SECRETX");
  }

  @Test
  void aPasswordBeforeThePostgresHostIsRefusedWithoutBeingQuoted() {
    Map<String, String> env = new HashMap<>(minimalSecrets());
    env.put("LO_STORE_URL", "jdbc:postgresql://lo:" + SECRET + "@db.example.com/lo");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessageContaining(
            "store.url (from LO_STORE_URL): 'jdbc:postgresql://lo:****@db.example.com/lo' carries"
                + " a password before the host")
        .hasMessageContaining("store.password")
        .hasMessageNotContaining("SECRETX");
  }

  @Test
  void aValueFromTheEnvironmentIsReportedWithTheVariableItCameFrom() {
    Map<String, String> env = new HashMap<>(minimalSecrets());
    env.put("LO_SERVER_PORT", "abc");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessage(
            "Invalid configuration: server.port (from LO_SERVER_PORT): 'abc' is not a whole"
                + " number, e.g. 8080");
  }

  @Test
  void aValueFromTheFileIsReportedWithoutAVariable() {
    assertThatThrownBy(
            () -> new ConfigLoader(minimalSecrets()).loadYaml("server:\n  port: abc\n", "t.yml"))
        .hasMessageContaining("server.port: 'abc' is not a whole number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://bot:SECRETX-must-never-show @your-site.atlassian.net",
        "https://bot:SECRETX/must@never-show@your-site.atlassian.net",
        "https://bot:SECRETX%zz@your-site.atlassian.net",
        "bot:SECRETX-must-never-show@your-site.atlassian.net"
      })
  void aMalformedJiraBaseUrlSaysWhatIsWrongWithoutItsUserNameOrPassword(String url) {
    Map<String, String> env = new HashMap<>(minimalSecrets());
    env.put("LO_JIRA_BASE_URL", url);

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith("jira.baseUrl (from LO_JIRA_BASE_URL): '")
                    .contains("****@your-site.atlassian.net' is not an absolute http(s) URL")
                    .endsWith(", e.g. https://your-site.atlassian.net"))
        .hasMessageNotContaining("SECRETX")
        .hasMessageNotContaining("bot:");
  }

  @Test
  void aJiraBaseUrlThatIsNoUrlSaysWhyWithoutQuotingItsPassword() {
    Map<String, String> env = new HashMap<>(minimalSecrets());
    env.put("LO_JIRA_BASE_URL", "https://bot:" + SECRET + " @your-site.atlassian.net");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessageContaining(
            "jira.baseUrl (from LO_JIRA_BASE_URL): 'https://****@your-site.atlassian.net' is not"
                + " an absolute http(s) URL: illegal character in authority")
        .hasMessageNotContaining("SECRETX");
  }

  private static Map<String, String> minimalSecrets() {
    return Map.of(
        "LO_JIRA_API_TOKEN", "token",
        "LO_JIRA_WEBHOOK_SECRET", "webhook-secret",
        "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");
  }
}
