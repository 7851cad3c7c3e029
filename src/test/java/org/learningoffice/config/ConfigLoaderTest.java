package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.order.WebhookSignature;

class ConfigLoaderTest {
  private static final String API_TOKEN = "api-token-that-must-never-show";
  private static final String WEBHOOK_SECRET = "webhook-secret-that-must-never-show";
  private static final String TOKEN_SECRET =
      "capture-token-secret-0123456789abcdef-must-never-show";
  private static final Path MINIMAL = Path.of("src/test/resources/config/minimal.yml");

  private final Map<String, String> env =
      new HashMap<>(
          Map.of(
              "LO_JIRA_API_TOKEN", API_TOKEN,
              "LO_JIRA_WEBHOOK_SECRET", WEBHOOK_SECRET,
              "LO_CAPTURE_TOKEN_SECRET", TOKEN_SECRET));

  private AppConfig load(String yaml) {
    return new ConfigLoader(env).loadYaml(yaml, "test.yml");
  }

  private static String minimalWith(String replaced, String replacement) throws Exception {
    String text = java.nio.file.Files.readString(MINIMAL);
    assertThat(text).contains(replaced);
    return text.replace(replaced, replacement);
  }

  @Test
  void theMinimalConfigOfTheDesignLoadsWithSecretsFromTheEnvironment() {
    AppConfig config = new ConfigLoader(env).load(MINIMAL);

    assertThat(config.server().publicBaseUrl()).isEqualTo(URI.create("https://lo.example.com"));
    assertThat(config.jira().baseUrl()).isEqualTo(URI.create("https://your-site.atlassian.net"));
    assertThat(config.jira().deployment()).isEqualTo(JiraConfig.JiraDeployment.CLOUD);
    assertThat(config.jira().credentials())
        .isEqualTo(new JiraCredentials.EmailAndToken("bot@example.com", Secret.of(API_TOKEN)));
    assertThat(config.jira().webhookSecretIfSet()).contains(Secret.of(WEBHOOK_SECRET));
    assertThat(config.orders().jql()).isEqualTo("project = ORD AND issuetype = \"Customer Order\"");
    assertThat(config.orders().strategy())
        .isEqualTo(new OrdersConfig.StrategyMapping.FromLabelPrefix("strategy-", "MTO"));
    assertThat(config.orders().expeditePriorities()).containsExactly("Highest");
    assertThat(config.orders().pollInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.store().isPostgres()).isFalse();
    assertThat(config.digest().schedule())
        .isEqualTo(new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(7, 0)));
    assertThat(config.digest().zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
  }

  @Test
  void everyKeyCanBeOverriddenByAnUpperSnakeEnvironmentVariable() throws Exception {
    env.put("LO_ORDERS_STRATEGY_LABEL_PREFIX", "ds-");
    env.put("LO_SERVER_PORT", "9090");
    env.put("LO_ORDERS_CLOSED_STATUSES", "Shipped, Invoiced");

    AppConfig config = load(minimalWith("port: 8080", "port: 8080"));

    assertThat(config.server().port()).isEqualTo(9090);
    assertThat(config.orders().strategy())
        .isEqualTo(new OrdersConfig.StrategyMapping.FromLabelPrefix("ds-", "MTO"));
    assertThat(config.orders().closedStatuses()).containsExactly("Shipped", "Invoiced");
  }

  @Test
  void aJiraBaseUrlWithAPasswordInItIsAConfigErrorThatDoesNotShowThePassword() throws Exception {
    env.put("LO_JIRA_BASE_URL", "https://bot:hunter2-password@your-site.atlassian.net");
    String yaml = minimalWith("port: 8080", "port: 8080");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "jira.baseUrl (from LO_JIRA_BASE_URL): holds a user name or password; leave them out")
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void anOutboxLeaseShorterThanTheLongestJobStepIsAConfigErrorNamingTheMinimum() throws Exception {
    // two calls per step, each up to 2m of retries plus 10s + 2 x 30s for its last attempt
    env.put("LO_STORE_OUTBOX_LEASE", "1m");
    String yaml = minimalWith("port: 8080", "port: 8080");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("store.outboxLease (from LO_STORE_OUTBOX_LEASE): 1m is shorter than")
        .hasMessageContaining("6m20s")
        .hasMessageContaining("jira.readTimeout");
  }

  @Test
  void aRequestLimitTooSmallForTheLargestLessonFormIsAConfigErrorSayingWhy() throws Exception {
    env.put("LO_SERVER_MAX_REQUEST_BYTES", "65536");
    String yaml = minimalWith("port: 8080", "port: 8080");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("server.maxRequestBytes (from LO_SERVER_MAX_REQUEST_BYTES): 65536")
        .hasMessageContaining("131072")
        .hasMessageContaining("lesson form");
    env.put("LO_SERVER_MAX_REQUEST_BYTES", "131072");
    assertThat(load(yaml).server().maxRequestBytes()).isEqualTo(131072);
  }

  @Test
  void aShortOutboxLeaseIsAcceptedWithJiraCallsShortEnoughForIt() throws Exception {
    env.put("LO_STORE_OUTBOX_LEASE", "10s");
    env.put("LO_JIRA_MAX_ATTEMPTS", "1");
    env.put("LO_JIRA_CONNECT_TIMEOUT", "1s");
    env.put("LO_JIRA_READ_TIMEOUT", "2s");

    AppConfig config = load(minimalWith("port: 8080", "port: 8080"));

    assertThat(config.store().outboxLease()).isEqualTo(java.time.Duration.ofSeconds(10));
  }

  @Test
  void aListFromTheEnvironmentWrittenAsAYamlListKeepsAValueWithAComma() throws Exception {
    env.put("LO_ORDERS_CLOSED_STATUSES", "[Shipped, \"Closed, not shipped\"]");

    AppConfig config = load(minimalWith("port: 8080", "port: 8080"));

    assertThat(config.orders().closedStatuses()).containsExactly("Shipped", "Closed, not shipped");
  }

  @Test
  void aYamlListInTheEnvironmentThatDoesNotParseNamesTheVariable() throws Exception {
    env.put("LO_ORDERS_CLOSED_STATUSES", "[Shipped, \"Closed]");
    String yaml = minimalWith("port: 8080", "port: 8080");

    assertThatThrownBy(() -> load(yaml))
        .hasMessageContaining(
            "orders.closedStatuses (from LO_ORDERS_CLOSED_STATUSES): '[Shipped, \"Closed]' is not a"
                + " YAML list")
        .hasMessageContaining("[Shipped, \"Closed, not shipped\"]");
  }

  @Test
  void captureAttachesOnCloseMentionsTheAssigneeAndRemindsOnceAfterThreeDaysByDefault() {
    CaptureConfig capture = new ConfigLoader(env).load(MINIMAL).capture();

    assertThat(capture.realTime()).isFalse();
    assertThat(capture.mention()).containsExactly(CaptureConfig.MentionRole.ASSIGNEE);
    assertThat(capture.remindAfter()).isEqualTo(java.time.Duration.ofDays(3));
    assertThat(capture.maxReminders()).isEqualTo(1);
  }

  @Test
  void captureSettingsAreReadAndAnUnknownMentionRoleIsReported() throws Exception {
    String capture =
        "tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}\n  realTime: true\n  mention: [Reporter,"
            + " assignee]\n  remindAfter: 5d\n  maxReminders: 3";
    CaptureConfig config =
        load(minimalWith("tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}", capture)).capture();

    assertThat(config.realTime()).isTrue();
    assertThat(config.mention())
        .containsExactly(CaptureConfig.MentionRole.REPORTER, CaptureConfig.MentionRole.ASSIGNEE);
    assertThat(config.remindAfter()).isEqualTo(java.time.Duration.ofDays(5));
    assertThat(config.maxReminders()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                load(
                    minimalWith(
                        "tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}",
                        "tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}\n  mention: [watchers]")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "capture.mention: 'watchers' is not a role we can mention; use [assignee, reporter]");
  }

  @Test
  void envNameIsLoPlusTheKeyPathInUpperSnakeCase() {
    assertThat(ConfigReader.envName("jira.apiToken")).isEqualTo("LO_JIRA_API_TOKEN");
    assertThat(ConfigReader.envName("orders.strategy.labelPrefix"))
        .isEqualTo("LO_ORDERS_STRATEGY_LABEL_PREFIX");
    assertThat(ConfigReader.envName("server.publicBaseUrl")).isEqualTo("LO_SERVER_PUBLIC_BASE_URL");
  }

  @Test
  void aBadValueIsReportedWithItsKeyItsProblemAndAGoodExample() throws Exception {
    assertThatThrownBy(() -> load(minimalWith("zone: Europe/Stockholm", "zone: Mars/Olympus")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "digest.zone: 'Mars/Olympus' is not a time zone, e.g. Europe/Stockholm");
  }

  @Test
  void allProblemsAreReportedTogether() throws Exception {
    String yaml =
        minimalWith("baseUrl: https://your-site.atlassian.net", "baseUrl: your-site")
            .replace("\"MON 07:00\"", "\"someday\"")
            .replace("default: MTO", "default: JIT");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "test.yml line 6, column 3: jira.baseUrl: 'your-site' is not"
                                        + " an absolute http(s) URL"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "test.yml line 22, column 3: digest.schedule: 'someday'")
                                .contains("MON 07:00"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "test.yml line 16, column 5: orders.strategy.default: 'JIT'"))
                    .hasSize(3));
  }

  @Test
  void aMisspelledKeyIsReportedInsteadOfSilentlyIgnored() throws Exception {
    assertThatThrownBy(() -> load(minimalWith("  jql:", "  jqll: x\n  jql:")))
        .hasMessageContaining("orders.jqll: is not a known key");
  }

  @Test
  void aMissingRequiredKeyNamesItsEnvironmentVariable() throws Exception {
    assertThatThrownBy(
            () ->
                load(minimalWith("  jql: project = ORD AND issuetype = \"Customer Order\"\n", "")))
        .hasMessageContaining(
            "orders.jql: is required (set it in the config file or LO_ORDERS_JQL)");
  }

  @Test
  void anUnsetEnvironmentReferenceIsReportedByName() {
    env.remove("LO_JIRA_API_TOKEN");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessageContaining(
            "jira.apiToken: refers to environment variable LO_JIRA_API_TOKEN, which is not set");
  }

  @Test
  void anUnsetEnvironmentReferenceIsOneProblemNotASecondOneSayingTheKeyIsRequired() {
    env.remove("LO_JIRA_API_TOKEN");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        MINIMAL
                            + " line 9, column 3: jira.apiToken: refers to environment variable"
                            + " LO_JIRA_API_TOKEN, which is not set (secrets belong in the environment, e.g. export"
                            + " LO_JIRA_API_TOKEN=...)"));
  }

  @Test
  void dataCenterSignsInWithAPersonalAccessToken() throws Exception {
    env.put("LO_JIRA_PERSONAL_ACCESS_TOKEN", "pat-secret");
    env.remove("LO_JIRA_API_TOKEN");
    String yaml =
        minimalWith("  email: bot@example.com", "")
            .replace("  apiToken: ${LO_JIRA_API_TOKEN}", "")
            .replace("deployment: cloud", "deployment: datacenter");

    assertThat(load(yaml).jira().credentials())
        .isEqualTo(new JiraCredentials.PersonalAccessToken(Secret.of("pat-secret")));
  }

  @Test
  void bothCloudAndDataCenterCredentialsAreRefused() throws Exception {
    env.put("LO_JIRA_PERSONAL_ACCESS_TOKEN", "pat-secret");

    assertThatThrownBy(() -> load(minimalWith("deployment: cloud", "deployment: datacenter")))
        .hasMessageContaining("not both");
  }

  @Test
  void aWeakCaptureTokenSecretIsRefused() {
    env.put("LO_CAPTURE_TOKEN_SECRET", "short");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessageContaining(
            "capture.tokenSecret (from LO_CAPTURE_TOKEN_SECRET): is shorter than 32 bytes")
        .hasMessageNotContaining("short'");
  }

  @Test
  void aMissingWebhookSecretIsAllowedOnlyWhenUnsignedWebhooksAreExplicitlyAllowed()
      throws Exception {
    env.remove("LO_JIRA_WEBHOOK_SECRET");
    String without = minimalWith("  webhookSecret: ${LO_JIRA_WEBHOOK_SECRET}\n", "");
    assertThatThrownBy(() -> load(without)).hasMessageContaining("jira.webhookSecret: is required");

    AppConfig config = load(without.replace("jira:\n", "jira:\n  allowUnsignedWebhooks: true\n"));
    assertThat(config.jira().webhookSecretIfSet()).isEmpty();
    assertThat(config.jira().allowUnsignedWebhooks()).isTrue();
  }

  @Test
  void aForgeAppNeedsNoWebhookSecretAndItsWebhooksAreThenAllRefused() throws Exception {
    env.remove("LO_JIRA_WEBHOOK_SECRET");
    String forgeOnly =
        minimalWith("  webhookSecret: ${LO_JIRA_WEBHOOK_SECRET}\n", "")
            + "forge:\n  appId: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n";

    AppConfig config = load(forgeOnly);

    assertThat(config.jira().webhookSecretIfSet()).isEmpty();
    assertThat(
            new WebhookSignature(config.jira())
                .accepts(
                    "{}".getBytes(StandardCharsets.UTF_8),
                    Optional.of(WebhookSignature.sign(Secret.of("guessed"), new byte[0]))))
        .isFalse();
    assertThat(
            new WebhookSignature(config.jira())
                .accepts("{}".getBytes(StandardCharsets.UTF_8), Optional.empty()))
        .isFalse();
  }

  @Test
  void secretsNeverAppearInToStringOrErrors() throws Exception {
    AppConfig config = new ConfigLoader(env).load(MINIMAL);
    String yaml = minimalWith("port: 8080", "port: eighty").replace("jql:", "jq:");

    String error = "";
    try {
      load(yaml);
    } catch (ConfigException e) {
      error = e.getMessage();
    }

    assertThat(error).contains("server.port");
    for (String shown : List.of(config.toString(), error)) {
      assertThat(shown).doesNotContain(API_TOKEN, WEBHOOK_SECRET, TOKEN_SECRET);
    }
  }

  @Test
  void aSecretWrittenInTheFileIsNotQuotedInAYamlSyntaxError() {
    String yaml = "jira:\n  apiToken: " + API_TOKEN + "\n  email: [unclosed\n";

    assertThatThrownBy(() -> load(yaml))
        .hasMessageContaining("test.yml")
        .hasMessageContaining("is not valid YAML")
        .hasMessageNotContaining(API_TOKEN);
  }

  @Test
  void aMissingFileSaysHowToCreateOne() {
    assertThatThrownBy(() -> new ConfigLoader(env).load(Path.of("nowhere.yml")))
        .hasMessageContaining("nowhere.yml: no such file (copy learning-office.example.yml");
  }

  @Test
  void relatedPageLinksLiveAYearByDefaultAndABadLifetimeIsReported() throws Exception {
    String minimal = java.nio.file.Files.readString(MINIMAL);
    assertThat(load(minimal).feedForward().linkTtl()).isEqualTo(Duration.ofDays(365));
    assertThat(load(minimal + "\nfeedForward:\n  linkTtl: P90D\n").feedForward().linkTtl())
        .isEqualTo(Duration.ofDays(90));
    assertThatThrownBy(() -> load(minimal + "\nfeedForward:\n  linkTtl: forever\n"))
        .hasMessageContaining("feedForward.linkTtl: 'forever' is not a positive duration");
  }

  @Test
  void durationsAcceptIsoAndShortForms() throws Exception {
    assertThat(
            load(minimalWith("default: MTO", "default: MTO\n  pollInterval: 90s"))
                .orders()
                .pollInterval())
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(
            load(minimalWith("default: MTO", "default: MTO\n  pollInterval: PT2M"))
                .orders()
                .pollInterval())
        .isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(
            () -> load(minimalWith("default: MTO", "default: MTO\n  pollInterval: soon")))
        .hasMessageContaining("orders.pollInterval: 'soon' is not a positive duration");
  }
}
