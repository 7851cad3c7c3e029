package org.learningoffice.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.store.Database;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.ConfigFiles;
import org.learningoffice.testing.HeldH2File;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** {@code check} run end to end as a user runs it: a config file, a (WireMock) Jira, the CLI. */
class CheckCommandTest {
  private static final String API_TOKEN = "api-token-never-printed";
  private static final Map<String, String> SECRETS =
      Map.of(
          "LO_JIRA_API_TOKEN", API_TOKEN,
          "LO_JIRA_WEBHOOK_SECRET", "webhook-secret-of-32-characters",
          "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();
  @TempDir Path dir;
  private Path config;
  private final Map<String, String> env = new HashMap<>(SECRETS);

  private record Run(int exitCode, String out) {}

  @BeforeEach
  void writeConfig() throws Exception {
    config = ConfigFiles.copy("cli-check.yml", dir);
    env.put("LO_JIRA_BASE_URL", jira.baseUrl().toString());
    env.put("LO_STORE_URL", "jdbc:h2:file:" + dir.resolve("db/lo"));
  }

  /** Jira answers that the account may do everything in {@code project} but add comments. */
  private void withoutAddComments(String project) throws Exception {
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/mypermissions"))
                .withQueryParam("projectKey", equalTo(project))
                .atPriority(1)
                .willReturn(
                    okJson(
                        fixture("mypermissions.json")
                            .replaceFirst(
                                "(\"key\": \"ADD_COMMENTS\"(?s:.)*?\"havePermission\": )true",
                                "$1false"))));
  }

  private static String fixture(String name) throws Exception {
    return Files.readString(Path.of("src/test/resources/jira/cloud", name));
  }

  private void stubHealthyCloud() throws Exception {
    var server = jira.server();
    server.stubFor(
        get(urlPathEqualTo("/rest/api/2/serverInfo"))
            .willReturn(okJson(fixture("serverInfo.json"))));
    server.stubFor(
        get(urlPathEqualTo("/rest/api/3/myself")).willReturn(okJson(fixture("myself.json"))));
    server.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
            .willReturn(okJson(fixture("approximate-count.json"))));
    server.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/jql"))
            .willReturn(okJson(fixture("search-page-3.json"))));
    server.stubFor(
        get(urlPathEqualTo("/rest/api/3/mypermissions"))
            .willReturn(okJson(fixture("mypermissions.json"))));
    server.stubFor(
        get(urlPathEqualTo("/rest/api/3/field")).willReturn(okJson(fixture("fields.json"))));
  }

  /** An error answer in Jira's format ({@code errorMessages}), as Jira refuses a request. */
  private static ResponseDefinitionBuilder jiraError(int status, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errorMessages\":[\"" + message + "\"],\"errors\":{}}");
  }

  private Run check() {
    StringWriter out = new StringWriter();
    var cli = Main.commandLine(env);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int code = cli.execute("check", "--config", config.toString());
    return new Run(code, out.toString());
  }

  @Test
  void aHealthyInstallationPassesEveryCheckOneLineEach() throws Exception {
    stubHealthyCloud();
    storeOrders(); // the store as the service's first start leaves it

    Run run = check();

    assertThat(run.out())
        .contains("OK   config: " + config + " is valid")
        .contains("OK   database: H2 answers")
        .contains("OK   jira: Jira Cloud")
        .contains("OK   jira sign-in: as ")
        .contains("OK   orders jql: runs and matches")
        .contains("OK   jira permissions:")
        .contains("OK   orders.strategy.field: customfield_10050 is")
        .doesNotContain("FAIL")
        .doesNotContain(API_TOKEN);
    assertThat(run.exitCode()).isZero();
  }

  private void storeOrders(String... strategySources) {
    String url = "jdbc:h2:file:" + dir.resolve("db/lo");
    try (Database db = Database.open(TestDatabase.config(url))) {
      db.jdbi()
          .useHandle(
              h -> {
                for (int i = 0; i < strategySources.length; i++) {
                  h.createUpdate(
                          "INSERT INTO orders (issue_id, issue_key, summary, strategy,"
                              + " strategy_source, priority_class, status, created_at,"
                              + " last_event_at, updated_at) VALUES (:id, :key, 'Order', 'MTO',"
                              + " :source, 'STANDARD', 'CLOSED', :now, :now, :now)")
                      .bind("id", String.valueOf(10000 + i))
                      .bind("key", "ORD-" + i)
                      .bind("source", strategySources[i])
                      .bind("now", Instant.parse("2025-11-24T08:00:00Z"))
                      .execute();
                }
              });
    }
  }

  @Test
  void ordersWhoseStrategyFellBackToTheDefaultAreAWarningThatSaysWhatToFill() throws Exception {
    stubHealthyCloud();
    storeOrders("FIELD", "DEFAULT", "DEFAULT");

    Run run = check();

    assertThat(run.out())
        .contains(
            "WARN orders strategy: 2 of 3 order(s) fell back to the default strategy MTO; fill"
                + " customfield_10050 with ETO, MTO, ATO or MTS on those tickets, or check"
                + " orders.strategy.field");
    assertThat(run.exitCode()).as("a warning is not a failure").isZero();
  }

  @Test
  void ordersAllMappedAreReportedOk() throws Exception {
    stubHealthyCloud();
    storeOrders("FIELD", "FIELD");

    Run run = check();

    assertThat(run.out())
        .contains("OK   orders strategy: all 2 order(s) have their strategy from Jira")
        .doesNotContain("WARN");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void beforeTheFirstStartThereIsNoStrategyLine() throws Exception {
    stubHealthyCloud();

    Run run = check();

    assertThat(run.out())
        .contains("OK   orders jql: runs and matches")
        .contains("OK   orders.strategy.field: customfield_10050 is")
        .doesNotContain("orders strategy");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aJiraThatIsNotThereIsNamedAfterOneRetryNotAfterEveryAttemptTheServiceMakes()
      throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    env.put("LO_JIRA_BASE_URL", "http://127.0.0.1:" + closedPort);
    env.put("LO_JIRA_MAX_ATTEMPTS", "5");

    Run run = check();

    assertThat(run.out())
        .contains("FAIL jira")
        .contains("after 2 attempts")
        .contains("nothing answers at 127.0.0.1:" + closedPort)
        .doesNotContain("after 5 attempts");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aJiraWhoseCertificateIsNotTrustedIsNamedAsSuchAfterOneAttempt() throws Exception {
    // WireMock serves HTTPS with its own self-signed certificate, which Java does not trust
    WireMockServer selfSigned = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
    selfSigned.start();
    try {
      env.put("LO_JIRA_BASE_URL", "https://localhost:" + selfSigned.httpsPort());

      Run run = check();

      assertThat(run.out())
          .contains("FAIL jira")
          .contains("certificate of localhost")
          .contains("not trusted")
          .doesNotContain("attempts")
          .doesNotContain(API_TOKEN);
      assertThat(run.exitCode()).isEqualTo(1);
    } finally {
      selfSigned.stop();
    }
  }

  @Test
  void aStoreNotYetCreatedIsReportedAndCheckCreatesNoFile() throws Exception {
    stubHealthyCloud();

    Run run = check();

    assertThat(run.out())
        .contains(
            "WARN database: There is no H2 database at "
                + dir.resolve("db/lo")
                + " (store.url): run serve first to create it, or fix store.url");
    assertThat(run.exitCode()).isZero();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(dir::relativize).map(Path::toString))
          .as("nothing but the config file")
          .containsExactly("learning-office.yml");
    }
  }

  @Test
  void anExistingStoreIsLeftExactlyAsItWasWithNoTraceFile() throws Exception {
    stubHealthyCloud();
    storeOrders("FIELD");
    Map<String, String> before = files(dir.resolve("db"));

    Run run = check();

    assertThat(run.out()).contains("OK   database: H2 answers; schema up to date");
    assertThat(files(dir.resolve("db"))).as("same files, sizes and times").isEqualTo(before);
    assertThat(before.keySet()).noneMatch(name -> name.endsWith(".trace.db"));
  }

  @Test
  void aStoreHeldByARunningServiceIsOneLine() throws Exception {
    stubHealthyCloud();
    storeOrders("FIELD");

    Run run;
    try (HeldH2File held = HeldH2File.hold("jdbc:h2:file:" + dir.resolve("db/lo"))) {
      run = check();
    }

    assertThat(run.out().lines().filter(line -> line.contains("database")))
        .singleElement()
        .asString()
        .startsWith("FAIL database: The H2 database " + dir.resolve("db/lo"))
        .contains("is held by another process");
    assertThat(run.out()).doesNotContain("Exception");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  private static Map<String, String> files(Path folder) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.toList()) {
        files.put(
            file.getFileName().toString(),
            Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
      }
    }
    return files;
  }

  @Test
  void parkedOutboxJobsAreReportedWithTheirErrors() throws Exception {
    stubHealthyCloud();
    String url = "jdbc:h2:file:" + dir.resolve("db/lo");
    try (Database database = Database.open(TestDatabase.config(url))) {
      Outbox outbox = new Outbox(database, Clock.systemUTC(), RetrySchedule.DEFAULT);
      outbox.enqueue(
          new Outbox.NewJob("attach-form:10042", "ATTACH_FORM", null, "{}", Instant.EPOCH));
      Outbox.Job job = outbox.claim("worker", 1, Duration.ofMinutes(5)).get(0);
      outbox.park(job, new IllegalStateException("Jira answered 403 to POST remotelink"));
    }

    Run run = check();

    assertThat(run.out())
        .contains("OK   database: H2 answers; schema up to date")
        .contains(
            "WARN outbox: 1 parked job(s) will not be retried; fix the cause, then set their"
                + " status to PENDING: attach-form:10042 (IllegalStateException: Jira answered 403"
                + " to POST remotelink)");
    assertThat(run.exitCode()).as("a warning, not a failure").isZero();
  }

  @Test
  void refusedCredentialsFailSayWhichKeysToCheckAndSkipTheRest() throws Exception {
    stubHealthyCloud();
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/myself"))
                .willReturn(jiraError(401, "Client must be authenticated")));

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL jira sign-in: Jira refused the credentials (401); check jira.email and jira.apiToken")
        .contains("SKIP jira checks")
        .doesNotContain("orders jql")
        .doesNotContain(API_TOKEN);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aMyselfAnswerNamingNoAccountIsAFailLineNotAStackTrace() throws Exception {
    stubHealthyCloud();
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/myself"))
                .atPriority(1)
                .willReturn(okJson("{\"active\":true}")));

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL jira sign-in: Jira's answer to myself names no account, as for a visitor not"
                + " signed in")
        .contains("SKIP jira checks")
        .doesNotContain("Exception")
        .doesNotContain("\tat org.");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aShortWebhookSecretIsAWarningToReplaceItAndRunInstall() throws Exception {
    stubHealthyCloud();
    env.put("LO_JIRA_WEBHOOK_SECRET", "s3cr3t");

    Run run = check();

    assertThat(run.out())
        .contains(
            "WARN webhooks: jira.webhookSecret (LO_JIRA_WEBHOOK_SECRET) is shorter than 16 bytes")
        .contains("openssl rand -hex 32")
        .doesNotContain("s3cr3t");
  }

  @Test
  void credentialsRefusedAlreadyAtServerInfoAreASignInFailureNotAWrongAddress() throws Exception {
    // Jira Cloud answers 401 to serverInfo when the API token is wrong, though it needs none.
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/2/serverInfo"))
                .willReturn(jiraError(401, "Client must be authenticated")));

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL jira sign-in: Jira refused the credentials (401 to serverInfo); check jira.email"
                + " and jira.apiToken, then that jira.baseUrl is the Jira site's address")
        .doesNotContain("address of a Jira site?")
        .doesNotContain(API_TOKEN);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  private void closedStatuses(String statuses) throws Exception {
    Files.writeString(
        config,
        Files.readString(config)
            .replace("orders:\n", "orders:\n  closedStatuses: [" + statuses + "]\n"));
  }

  @Test
  void closedStatusesJiraKnowsAreReportedWithTheOrdersInThem() throws Exception {
    stubHealthyCloud();
    closedStatuses("Shipped");

    Run run = check();

    assertThat(run.out())
        .contains(
            "OK   closed statuses: Shipped known to Jira; 5 order(s) in them now, besides Done");
    jira.server()
        .verify(
            com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                    urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .withRequestBody(containing("AND status in (\\\"Shipped\\\")")));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aClosedStatusJiraDoesNotKnowFailsWithJirasMessage() throws Exception {
    stubHealthyCloud();
    closedStatuses("Shiped");
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .withRequestBody(containing("status in"))
                .atPriority(1)
                .willReturn(
                    jiraError(400, "The value 'Shiped' does not exist for the field 'status'.")));

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL closed statuses: Jira does not accept orders.closedStatuses [Shiped] (The value"
                + " 'Shiped' does not exist for the field 'status'.); use the names of statuses of"
                + " the order workflow, as Jira shows them")
        .contains("OK   orders jql: runs and matches");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void closedStatusesAreNotBlamedForAnOrdersJqlJiraRefuses() throws Exception {
    stubHealthyCloud();
    closedStatuses("Shipped");
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .atPriority(1)
                .willReturn(
                    jiraError(400, "The value 'ODR' does not exist for the field 'project'.")));

    Run run = check();

    assertThat(run.out())
        .contains("FAIL orders jql: Jira cannot run orders.jql")
        .contains("SKIP closed statuses: needs an orders.jql that Jira runs")
        .doesNotContain("FAIL closed statuses");
  }

  @Test
  void aFeedForwardProjectWhereTheAccountMayNotCommentFailsNamingIt() throws Exception {
    stubHealthyCloud();
    Files.writeString(config, Files.readString(config) + "feedForward:\n  projects: [NEW]\n");
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/project/NEW"))
                .willReturn(
                    okJson(
                        "{\"id\":\"10002\",\"key\":\"NEW\",\"name\":\"New orders\","
                            + "\"issueTypes\":[{\"id\":\"10004\",\"name\":\"Customer Order\","
                            + "\"subtask\":false}]}")));
    withoutAddComments("NEW");

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL feed forward: the account lacks ADD_COMMENTS in project NEW, so no earlier"
                + " lessons can be posted on its new orders");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void feedForwardProjectsJiraDoesNotHaveFailNamingThem() throws Exception {
    stubHealthyCloud();
    Files.writeString(config, Files.readString(config) + "feedForward:\n  projects: [ORD, XYZ]\n");
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/project/ORD"))
                .willReturn(
                    okJson(
                        "{\"id\":\"10001\",\"key\":\"ORD\",\"name\":\"Orders\","
                            + "\"issueTypes\":[{\"id\":\"10004\",\"name\":\"Customer Order\","
                            + "\"subtask\":false}]}")));
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/project/XYZ"))
                .willReturn(jiraError(404, "No project could be found with key 'XYZ'.")));

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL feed forward: project(s) XYZ not found (or the account may not browse them);"
                + " correct feedForward.projects");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void unsignedWebhooksNextToASecretAreAWarningToRemoveTheSwitch() throws Exception {
    stubHealthyCloud();
    Files.writeString(
        config,
        Files.readString(config).replace("jira:\n", "jira:\n  allowUnsignedWebhooks: true\n"));

    Run run = check();

    assertThat(run.out())
        .contains("jira.webhookSecret is set, so remove jira.allowUnsignedWebhooks")
        .doesNotContain("set jira.webhookSecret instead");
  }

  @Test
  void anHttpsAddressWithoutTrustedProxyHeadersIsAWarningToSetThem() throws Exception {
    stubHealthyCloud();
    Files.writeString(
        config, Files.readString(config) + "server:\n  publicBaseUrl: https://lo.example.com\n");

    Run run = check();

    assertThat(run.out())
        .contains(
            "WARN https: server.publicBaseUrl is https://lo.example.com but"
                + " server.trustForwardedHeaders is false")
        .contains("set server.trustForwardedHeaders: true");
    Files.writeString(config, Files.readString(config) + "  trustForwardedHeaders: true\n");
    assertThat(check().out()).doesNotContain("WARN https");
  }

  /** Actions on in project OPS, which has Task; Jira says whether the account may create issues. */
  private void actionsInOps(boolean mayCreateIssues) throws Exception {
    Files.writeString(config, Files.readString(config) + "actions:\n  project: OPS\n");
    projectWithTasks("OPS", "Operations", mayCreateIssues);
  }

  /** Project {@code key}, which has Task; Jira says whether the account may create issues there. */
  private void projectWithTasks(String key, String name, boolean mayCreateIssues) {
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/project/" + key))
                .willReturn(
                    okJson(
                        "{\"id\":\"10000\",\"key\":\""
                            + key
                            + "\",\"name\":\""
                            + name
                            + "\",\"issueTypes\":[{\"id\":\"10003\",\"name\":\"Task\","
                            + "\"subtask\":false}]}")));
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/mypermissions"))
                .withQueryParam("projectKey", equalTo(key))
                .withQueryParam("permissions", equalTo("CREATE_ISSUES"))
                .willReturn(
                    okJson(
                        "{\"permissions\":{\"CREATE_ISSUES\":{\"id\":\"11\","
                            + "\"key\":\"CREATE_ISSUES\",\"name\":\"Create Issues\","
                            + "\"type\":\"PROJECT\",\"description\":\"Ability to create"
                            + " issues.\",\"havePermission\":"
                            + mayCreateIssues
                            + "}}}")));
  }

  @Test
  void aDigestFiledAsAJiraIssueIsCheckedForItsProjectIssueTypeAndPermission() throws Exception {
    stubHealthyCloud();
    Files.writeString(config, Files.readString(config) + "digest:\n  jira:\n    projectKey: LO\n");
    projectWithTasks("LO", "Learning Office", true);

    Run run = check();

    assertThat(run.out())
        .contains("OK   digest issue: the weekly digest is filed as a Task issue in LO")
        .contains(
            "OK   digest issue permission: Learning Office Bot may create issues in project LO")
        .doesNotContain("FAIL");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aDigestProjectWhereTheAccountMayNotCreateIssuesFailsCheckBeforeTheWeekDoes()
      throws Exception {
    stubHealthyCloud();
    Files.writeString(
        config,
        Files.readString(config) + "digest:\n  jira:\n    projectKey: LO\n    issueType: Digest\n");
    projectWithTasks("LO", "Learning Office", false);

    Run run = check();

    assertThat(run.out())
        .contains("FAIL digest issue: issue type Digest not in project LO; it has: Task")
        .contains(
            "FAIL digest issue permission: Learning Office Bot (5b10a2844c20165700ede21g) lacks"
                + " CREATE_ISSUES in project LO, so the weekly digest cannot be filed there; grant"
                + " 'Create issues' in project LO's permission scheme to the account in jira.email"
                + " (bot@example.com), or leave digest.jira.projectKey out to file no digest"
                + " issue");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void withoutADigestIssueCheckSaysNothingOfIt() throws Exception {
    stubHealthyCloud();

    assertThat(check().out()).doesNotContain("digest issue");
  }

  @Test
  void anAccountThatMayCreateActionIssuesPassesTheActionsPermissionLine() throws Exception {
    stubHealthyCloud();
    actionsInOps(true);

    Run run = check();

    assertThat(run.out())
        .contains("OK   actions: a proposed action becomes one of the Task issues in OPS")
        .contains("OK   actions permission: Learning Office Bot may create issues in project OPS")
        .doesNotContain("FAIL");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anAccountThatMayNotCreateActionIssuesFailsCheckSayingWhatToGrant() throws Exception {
    stubHealthyCloud();
    actionsInOps(false);

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL actions permission: Learning Office Bot (5b10a2844c20165700ede21g) lacks"
                + " CREATE_ISSUES in project OPS, so no action issue can be created; grant 'Create"
                + " issues' in project OPS's permission scheme to the account in jira.email"
                + " (bot@example.com), or turn actions off (leave actions.project out)")
        .doesNotContain("Exception")
        .doesNotContain(API_TOKEN);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void anOrderProjectWhereTheAccountMayNotCommentFailsThoughTheFirstProjectAllowsIt()
      throws Exception {
    stubHealthyCloud();
    Files.writeString(
        config,
        Files.readString(config)
            .replace(
                "jql: project = ORD AND issuetype = \"Customer Order\"",
                "jql: project in (ORD, SVC) AND issuetype = \"Customer Order\""));
    var server = jira.server();
    // the orders outside ORD are SVC's; outside both, none
    server.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/jql"))
            .withRequestBody(containing("NOT project in (\\\"ORD\\\")"))
            .atPriority(1)
            .willReturn(okJson(fixture("search-page-3.json").replace("ORD-5", "SVC-7"))));
    server.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/jql"))
            .withRequestBody(containing("NOT project in (\\\"ORD\\\", \\\"SVC\\\")"))
            .atPriority(1)
            .willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
    withoutAddComments("SVC");

    Run run = check();

    assertThat(run.out())
        .contains(
            "FAIL jira permissions: Learning Office Bot lacks ADD_COMMENTS in project SVC; grant"
                + " them to the account in the order project's permission scheme");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void ordersInSeveralProjectsWithEveryPermissionNameEachProject() throws Exception {
    stubHealthyCloud();
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(containing("NOT project in (\\\"ORD\\\")"))
                .atPriority(1)
                .willReturn(okJson(fixture("search-page-3.json").replace("ORD-5", "SVC-7"))));
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(containing("\\\"SVC\\\")"))
                .atPriority(1)
                .willReturn(okJson("{\"issues\":[],\"isLast\":true}")));

    Run run = check();

    assertThat(run.out())
        .contains(
            "OK   jira permissions: Learning Office Bot may browse, comment, edit issues, link"
                + " issues in projects ORD, SVC");
  }

  @Test
  void ordersJqlMatchingNoTicketLeavesThePermissionsUncheckedInsteadOfOk() throws Exception {
    stubHealthyCloud();
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .willReturn(okJson("{\"count\":0}")));
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(okJson("{\"issues\":[],\"isLast\":true}")));

    Run run = check();

    assertThat(run.out())
        .contains("WARN jira permissions: not checked: orders.jql matches no ticket")
        .doesNotContain("OK   jira permissions");
  }

  @Test
  void aMissingMappedFieldFailsWithWhereToFindTheId() throws Exception {
    stubHealthyCloud();
    jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/field")).willReturn(okJson("[]")));

    Run run = check();

    assertThat(run.out())
        .contains("FAIL orders.strategy.field: Jira has no field customfield_10050");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void anInvalidConfigFailsPerProblemWithoutTouchingJira() throws Exception {
    Files.writeString(
        config, Files.readString(config).replace("maxAttempts: 1", "maxAttempts: many"));

    Run run = check();

    assertThat(run.out())
        .containsPattern(
            "FAIL config: "
                + java.util.regex.Pattern.quote(config.toString())
                + " line \\d+, column 3: jira.maxAttempts: 'many' is not a whole number");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(jira.server().getAllServeEvents()).isEmpty();
  }
}
