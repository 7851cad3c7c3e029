package org.learningoffice.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.testing.ConfigFiles;

/**
 * {@code install} end to end against a WireMock Jira.
 *
 * <p>Not spec-checked: Jira's admin webhook API ({@code /rest/webhooks/1.0/webhook}) is not in
 * Atlassian's Cloud platform OpenAPI spec ({@code jira-cloud-platform-v3.json} has no {@code
 * /rest/webhooks} path; its {@code /rest/api/3/webhook} is the dynamic webhook API of Connect and
 * OAuth apps, which API-token accounts cannot use), so {@code JiraWireMock} would reject every
 * call. A plain WireMock is used instead, and what can be checked is: the request bodies equal the
 * filled-in {@code plugin-descriptor/webhook.json}, and the answers are shaped as Jira's REST
 * documentation for that API shows (a list of registrations with {@code self}).
 */
class InstallCommandTest {
  private static final String HOOKS = "/rest/webhooks/1.0/webhook";
  private static final String SECRET = "webhook-secret-never-printed";
  private static final Map<String, String> SECRETS =
      Map.of(
          "LO_JIRA_API_TOKEN", "api-token",
          "LO_JIRA_WEBHOOK_SECRET", SECRET,
          "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");
  private static final String EXPECTED =
      "{\"name\":\"Learning Office for Jira\",\"url\":\"https://lo.example.com/hooks/jira\","
          + "\"events\":[\"jira:issue_created\",\"jira:issue_updated\",\"jira:issue_deleted\"],"
          + "\"filters\":{\"issue-related-events-section\":"
          + "\"project = ORD AND issuetype = \\\"Customer Order\\\"\"},"
          + "\"excludeBody\":false,\"secret\":\""
          + SECRET
          + "\"}";

  private final WireMockServer jira = new WireMockServer(options().dynamicPort());
  @TempDir Path dir;
  private Path config;
  private final Map<String, String> env = new HashMap<>(SECRETS);

  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void start() throws Exception {
    jira.start();
    config = ConfigFiles.copy("cli-install.yml", dir);
    env.put("LO_JIRA_BASE_URL", jira.baseUrl());
    env.put("LO_STORE_URL", "jdbc:h2:file:" + dir.resolve("db/lo"));
  }

  @AfterEach
  void stop() {
    jira.stop();
  }

  private static String registered(int id, String name, String url) {
    return "{\"name\":\""
        + name
        + "\",\"url\":\""
        + url
        + "\",\"events\":[\"jira:issue_updated\"],\"filters\":{\"issue-related-events-section\":"
        + "\"project = ORD\"},\"excludeBody\":false,\"enabled\":true,"
        + "\"self\":\"https://your-site.atlassian.net/rest/webhooks/1.0/webhook/"
        + id
        + "\"}";
  }

  private Run install(String... more) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(env);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[more.length + 3];
    args[0] = "install";
    args[1] = "--config";
    args[2] = config.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void withoutARegistrationOfOursItRegistersTheDescriptorFilledFromTheConfig() {
    jira.stubFor(
        get(urlPathEqualTo(HOOKS))
            .willReturn(okJson("[" + registered(3, "Someone else", "https://ci/hook") + "]")));
    jira.stubFor(
        post(urlPathEqualTo(HOOKS))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        registered(
                            8, "Learning Office for Jira", "https://lo.example.com/hooks/jira"))));

    Run run = install();

    assertThat(run.exitCode()).as(run.err()).isZero();
    jira.verify(postRequestedFor(urlPathEqualTo(HOOKS)).withRequestBody(equalToJson(EXPECTED)));
    jira.verify(0, putRequestedFor(anyUrl()));
    assertThat(run.out())
        .contains(
            "Registered webhook 8 \"Learning Office for Jira\" -> https://lo.example.com/hooks/jira")
        .doesNotContain(SECRET);
  }

  @Test
  void anExistingRegistrationOfOursIsUpdatedNotDuplicated() {
    jira.stubFor(
        get(urlPathEqualTo(HOOKS))
            .willReturn(
                okJson(
                    "["
                        + registered(3, "Someone else", "https://ci/hook")
                        + ","
                        + registered(7, "LO (old name)", "https://lo.example.com/hooks/jira")
                        + "]")));
    jira.stubFor(put(urlPathEqualTo(HOOKS + "/7")).willReturn(aResponse().withStatus(204)));

    Run run = install();

    assertThat(run.exitCode()).as(run.err()).isZero();
    jira.verify(
        putRequestedFor(urlPathEqualTo(HOOKS + "/7")).withRequestBody(equalToJson(EXPECTED)));
    jira.verify(0, postRequestedFor(anyUrl()));
    assertThat(run.out()).contains("Updated webhook 7");
  }

  @Test
  void aRegistrationWithOurNameButAnOldUrlIsUpdatedToTheNewUrl() {
    jira.stubFor(
        get(urlPathEqualTo(HOOKS))
            .willReturn(
                okJson(
                    "["
                        + registered(
                            5, "Learning Office for Jira", "https://old.example.com/hooks/jira")
                        + "]")));
    jira.stubFor(put(urlPathEqualTo(HOOKS + "/5")).willReturn(aResponse().withStatus(204)));

    assertThat(install().exitCode()).isZero();

    jira.verify(
        putRequestedFor(urlPathEqualTo(HOOKS + "/5")).withRequestBody(equalToJson(EXPECTED)));
  }

  @Test
  void aDryRunPrintsTheRequestsWithTheSecretMaskedWithoutContactingJira() {
    Run run = install("--dry-run");

    assertThat(run.exitCode()).isZero();
    String hooks = jira.baseUrl() + HOOKS;
    assertThat(run.out())
        .contains("Dry run: Jira is not contacted")
        .contains("GET  " + hooks + "  (to find a registration of ours")
        .contains("PUT  " + hooks + "/{id}")
        .contains("POST " + hooks + "  to register a new one")
        .contains(
            "\"issue-related-events-section\" : \"project = ORD AND issuetype = \\\"Customer Order\\\"\"")
        .contains("******** (jira.webhookSecret)")
        .doesNotContain(SECRET);
    assertThat(jira.findAll(anyRequestedFor(anyUrl()))).as("Jira not contacted").isEmpty();
  }

  @Test
  void aPublicBaseUrlLeftOutIsAWarningThatJiraCannotReachLocalhost() throws Exception {
    Files.writeString(
        config,
        Files.readString(config)
            .replace("server:\n  publicBaseUrl: https://lo.example.com/\n", ""));

    Run run = install("--dry-run");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("Warning: the webhook would point at http://localhost:8080")
        .contains("set server.publicBaseUrl");
    assertThat(install("--dry-run").out()).contains("http://localhost:8080/hooks/jira");
  }

  @Test
  void aPublicAddressGivesNoWarning() {
    assertThat(install("--dry-run").err()).doesNotContain("Warning");
  }

  @Test
  void withActionIssuesTheFilterAlsoCoversTheActionIssuesSoTheirChangesArriveAtOnce()
      throws Exception {
    Files.writeString(config, "actions:\n  project: OPS\n", StandardOpenOption.APPEND);
    jira.stubFor(get(urlPathEqualTo(HOOKS)).willReturn(okJson("[]")));
    jira.stubFor(
        post(urlPathEqualTo(HOOKS))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        registered(
                            9, "Learning Office for Jira", "https://lo.example.com/hooks/jira"))));

    String widened =
        EXPECTED.replace(
            "\"project = ORD AND issuetype = \\\"Customer Order\\\"\"",
            "\"(project = ORD AND issuetype = \\\"Customer Order\\\")"
                + " OR labels = \\\"learning-office-action\\\"\"");
    assertThat(widened).isNotEqualTo(EXPECTED);

    Run run = install();

    assertThat(run.exitCode()).as(run.err()).isZero();
    jira.verify(postRequestedFor(urlPathEqualTo(HOOKS)).withRequestBody(equalToJson(widened)));
  }

  @Test
  void anOrderByOfTheOrdersJqlIsLeftOutOfTheWidenedFilter() throws Exception {
    Files.writeString(
        config,
        Files.readString(config)
                .replace(
                    "jql: project = ORD AND issuetype = \"Customer Order\"",
                    "jql: project = ORD ORDER BY created DESC")
            + "actions:\n  project: OPS\n");

    Run run = install("--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "\"issue-related-events-section\" : \"(project = ORD) OR labels ="
                + " \\\"learning-office-action\\\"\"");
  }

  @Test
  void anAccountThatIsNotAdminIsToldToRegisterByHand() {
    jira.stubFor(
        get(urlPathEqualTo(HOOKS))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errorMessages\":[\"You are not an administrator\"],\"errors\":{}}")));

    Run run = install();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("needs a Jira administrator's account")
        .contains("plugin-descriptor/README.md");
  }

  @Test
  void credentialsJiraRefusesAreNamedWithTheSettingsToCheckNotBlamedOnAdminRights() {
    jira.stubFor(
        get(urlPathEqualTo(HOOKS))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errorMessages\":[\"Client must be authenticated to access this"
                            + " resource.\"],\"errors\":{}}")));

    Run run = install();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("Jira did not accept the sign-in")
        .contains("jira.email and jira.apiToken (LO_JIRA_EMAIL, LO_JIRA_API_TOKEN)")
        .doesNotContain("api-token");
  }

  @Test
  void aSecondRegistrationOfOurUrlIsRemovedSoEachEventArrivesOnceWithTheNewSecret() {
    String ours = "https://lo.example.com/hooks/jira";
    jira.stubFor(
        get(urlPathEqualTo(HOOKS))
            .willReturn(
                okJson(
                    "["
                        + registered(7, "LO (by hand)", ours)
                        + ","
                        + registered(3, "Someone else", "https://ci/hook")
                        + ","
                        + registered(5, "Learning Office for Jira", "https://staging/hooks/jira")
                        + ","
                        + registered(9, "Learning Office for Jira", ours)
                        + "]")));
    jira.stubFor(put(urlPathEqualTo(HOOKS + "/7")).willReturn(aResponse().withStatus(204)));
    jira.stubFor(delete(urlPathEqualTo(HOOKS + "/9")).willReturn(aResponse().withStatus(204)));

    Run run = install();

    assertThat(run.exitCode()).as(run.err()).isZero();
    jira.verify(
        putRequestedFor(urlPathEqualTo(HOOKS + "/7")).withRequestBody(equalToJson(EXPECTED)));
    jira.verify(deleteRequestedFor(urlPathEqualTo(HOOKS + "/9")));
    jira.verify(1, putRequestedFor(anyUrl()));
    jira.verify(1, deleteRequestedFor(anyUrl()));
    jira.verify(0, postRequestedFor(anyUrl()));
    assertThat(run.out())
        .contains("Updated webhook 7")
        .contains(
            "Removed webhook 9 \"Learning Office for Jira\", a second registration of " + ours);
  }

  @Test
  void aWebhookSecretShorterThan16BytesIsRefusedBeforeJiraIsContacted() {
    env.put("LO_JIRA_WEBHOOK_SECRET", "s3cr3t");

    Run run = install();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("install failed: jira.webhookSecret (LO_JIRA_WEBHOOK_SECRET) is shorter than 16")
        .contains("openssl rand -hex 32")
        .doesNotContain("s3cr3t");
    jira.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aJiraThatIsNotThereIsNamedAfterOneRetryWithTheSettingToCheck() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    env.put("LO_JIRA_BASE_URL", "http://127.0.0.1:" + closedPort);
    env.put("LO_JIRA_MAX_ATTEMPTS", "5");

    Run run = install();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("install failed: ")
        .contains("after 2 attempts")
        .contains("nothing answers at 127.0.0.1:" + closedPort)
        .contains("check jira.baseUrl (LO_JIRA_BASE_URL) and that this machine can reach it")
        .doesNotContain("after 5 attempts")
        .doesNotContain("run install again");
  }

  @Test
  void anAddressWithoutJirasWebhookApiAsksWhetherItIsAJiraSite() {
    jira.stubFor(get(urlPathEqualTo(HOOKS)).willReturn(aResponse().withStatus(404)));

    Run run = install();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("is jira.baseUrl the address of a Jira site?");
  }

  @Test
  void aForgeSiteWithoutAWebhookSecretRegistersNoWebhookThatWouldBeRefusedEveryDelivery() {
    env.put("LO_FORGE_APP_ID", "ari:cloud:ecosystem::app/0a1b2c3d-0000-4000-8000-000000000001");
    env.put("LO_JIRA_WEBHOOK_SECRET", "");

    Run run = install();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("/hooks/jira refuses every delivery")
        .contains("forge.appId")
        .contains("jira.webhookSecret");
    jira.verify(0, anyRequestedFor(anyUrl()));
  }
}
