package org.learningoffice.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.store.Database;
import org.learningoffice.testing.ConfigFiles;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** {@code backfill} end to end: a config file, a spec-checked WireMock Jira, H2, the real CLI. */
class BackfillCommandTest {
  private static final String SEARCH = "/rest/api/3/search/jql";
  private static final Map<String, String> SECRETS =
      Map.of(
          "LO_JIRA_API_TOKEN", "api-token",
          "LO_JIRA_WEBHOOK_SECRET", "webhook-secret",
          "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();
  @TempDir Path dir;
  private Path config;
  private String storeUrl;
  private final Map<String, String> env = new HashMap<>(SECRETS);

  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void writeConfig() throws Exception {
    storeUrl = "jdbc:h2:file:" + dir.resolve("db/lo");
    config = ConfigFiles.copy("cli-backfill.yml", dir);
    env.put("LO_JIRA_BASE_URL", jira.baseUrl().toString());
    env.put("LO_STORE_URL", storeUrl);
  }

  private static String fixture(String name) throws Exception {
    return Files.readString(Path.of("src/test/resources/jira/cloud", name));
  }

  private void stubJira() throws Exception {
    var server = jira.server();
    server.stubFor(
        post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
            .willReturn(okJson("{\"count\":3}")));
    server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(fixture("poll-page-1.json"))));
    server.stubFor(
        post(urlPathEqualTo(SEARCH))
            .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("poll-token-2")))
            .willReturn(okJson(fixture("poll-page-2.json"))));
  }

  private Run backfill(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(env);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 3];
    all[0] = "backfill";
    all[1] = "--config";
    all[2] = config.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  private List<String> query(String sql) {
    try (Database db = Database.open(TestDatabase.config(storeUrl))) {
      return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
  }

  private List<String> searchedJql() {
    return jira.server().findAll(postRequestedFor(urlPathEqualTo(SEARCH))).stream()
        .map(r -> r.getBodyAsString())
        .filter(body -> !body.contains("nextPageToken"))
        .map(body -> body.replaceAll(".*\"jql\":\"((?:[^\"\\\\]|\\\\.)*)\".*", "$1"))
        .toList();
  }

  @Test
  void feedsEveryClosedOrderSinceTheDateThroughTheHandlerWithProgress() throws Exception {
    stubJira();

    Run run = backfill("--since", "2025-11-01");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Backfill since 2025-11-01: 3 order(s) found: 3 new to the inbox, 0 already in the"
                + " inbox, 0 skipped")
        .contains("3 event(s) applied");
    assertThat(run.err()).contains("[####################] 3/3 100%").contains("/s 00:0");
    assertThat(searchedJql())
        .containsExactly(
            "(project = ORD AND issuetype = \\\"Customer Order\\\") AND (statusCategory = Done"
                + " OR status in (\\\"Shipped\\\")) AND updated >= \\\"2025-11-01\\\" ORDER BY"
                + " created ASC, key ASC");
    assertThat(query("SELECT job_key FROM outbox ORDER BY job_key"))
        .containsExactly("attach-form:10042", "attach-form:10044");
    assertThat(query("SELECT issue_key || ' ' || status FROM orders ORDER BY issue_key"))
        .containsExactly("ORD-42 CLOSED", "ORD-43 OPEN", "ORD-44 CLOSED");
  }

  @Test
  void runningItAgainFeedsNothingTwice() throws Exception {
    stubJira();
    backfill("--since", "2025-11-01");

    Run again = backfill("--since", "2025-11-01");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("(after an earlier run)")
        .doesNotContain("resumed")
        .containsPattern(
            "(\\d+) order\\(s\\) found: 0 new to the inbox, (\\d+) already in the inbox, (\\d+)"
                + " skipped");
    var counts =
        java.util.regex.Pattern.compile(
                "(\\d+) order\\(s\\) found: (\\d+) new to the inbox, (\\d+) already in the inbox,"
                    + " (\\d+) skipped")
            .matcher(again.out());
    assertThat(counts.find()).isTrue();
    assertThat(
            Long.parseLong(counts.group(2))
                + Long.parseLong(counts.group(3))
                + Long.parseLong(counts.group(4)))
        .as("the parts add up to what was found")
        .isEqualTo(Long.parseLong(counts.group(1)));
    assertThat(query("SELECT COUNT(*) FROM inbox")).containsExactly("3");
    assertThat(query("SELECT COUNT(*) FROM outbox")).containsExactly("2");
  }

  @Test
  void aFailedRunResumesAfterTheLastOrderItFed() throws Exception {
    stubJira();
    jira.server()
        .stubFor(
            post(urlPathEqualTo(SEARCH))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("poll-token-2")))
                .willReturn(aResponse().withStatus(503)));

    Run failed = backfill("--since", "2025-11-01");

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err())
        .contains("backfill stopped:")
        .contains("run the same command again to resume");
    assertThat(query("SELECT job_key FROM outbox")).containsExactly("attach-form:10042");

    stubJira();
    Run resumed = backfill("--since", "2025-11-01");

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    // the fixture's three orders were created at the same moment as the one fed: none is before
    // it, so they are read again, and the one fed is already in the inbox
    assertThat(resumed.out())
        .contains("(after an earlier run)")
        .contains("0 skipped")
        .contains("1 new to the inbox, 2 already in the inbox");
    assertThat(searchedJql().get(searchedJql().size() - 1))
        .as("a day before the last order fed was created (2025-11-16 07:30 UTC), for the zone")
        .contains("created >= \\\"2025-11-15\\\"");
    assertThat(query("SELECT job_key FROM outbox ORDER BY job_key"))
        .containsExactly("attach-form:10042", "attach-form:10044");
  }

  @Test
  void aDryRunListsWhatItWouldFeedAndCreatesNoDatabase() throws Exception {
    stubJira();

    Run run = backfill("--since", "2025-11-01", "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Dry run: nothing is stored.")
        .contains("would feed ORD-42 (Done, updated 2025-11-21T10:00:00Z)")
        .contains("would feed ORD-44 (Done, updated 2025-11-24T07:15:00Z)")
        .contains("3 order(s) would be fed");
    assertThat(dir.resolve("db")).doesNotExist();
  }

  @Test
  void aSearchJiraRefusesIsNotToldToBeRunAgainAsItIsButToBeCheckedFirst() throws Exception {
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"errorMessages\":[\"The value 'Shipped' does not exist for the"
                                + " field 'status'.\"],\"errors\":{}}")));

    Run run = backfill("--since", "2025-11-01");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "The value 'Shipped' does not exist for the field 'status'. What was found so far is"
                + " stored. Jira will refuse it again")
        .contains("Jira will refuse it again: run check")
        .doesNotContain("run the same command again to resume");
  }
}
