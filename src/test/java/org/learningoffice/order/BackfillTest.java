package org.learningoffice.order;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.store.Checkpoints;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** {@link Backfill} drains the inbox as it feeds, not only once everything is queued. */
class BackfillTest {
  private static final String SEARCH = "/rest/api/3/search/jql";

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();
  private TestApp app;

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
  }

  private static String fixture(String name) throws Exception {
    return Files.readString(Path.of("src/test/resources/jira/cloud", name));
  }

  @Test
  void ordersFedEarlyAreAppliedBeforeTheSearchEnds() throws Exception {
    jira.server()
        .stubFor(
            post(urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .willReturn(okJson("{\"count\":3}")));
    jira.server()
        .stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(fixture("poll-page-1.json"))));
    jira.server()
        .stubFor(
            post(urlPathEqualTo(SEARCH))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("poll-token-2")))
                .willReturn(okJson(fixture("poll-page-2.json"))));
    app =
        TestApp.from("base.yml", "intake.yml", "jira-wiremock.yml")
            .set("jira.baseUrl", jira.baseUrl().toString())
            .database(TestDatabase.Kind.H2)
            .build();
    Backfill backfill =
        new Backfill(
            app.get(OrderSearch.class),
            app.get(IssueFeed.class),
            app.get(Checkpoints.class),
            app.get(InboxWorker.class),
            app.get(OrdersConfig.class),
            app.clock(),
            2);
    List<String> ordersStoredAtEachStep = new ArrayList<>();

    Backfill.Result result =
        backfill.run(
            LocalDate.parse("2025-11-01"),
            p ->
                ordersStoredAtEachStep.add(
                    p.applied()
                        + " applied, "
                        + app.count("SELECT COUNT(*) FROM orders")
                        + " stored"));

    assertThat(ordersStoredAtEachStep)
        .containsExactly("0 applied, 0 stored", "2 applied, 2 stored", "2 applied, 2 stored");
    assertThat(result.handled()).isEqualTo(3);
    assertThat(app.count("SELECT COUNT(*) FROM orders")).isEqualTo(3);
  }
}
