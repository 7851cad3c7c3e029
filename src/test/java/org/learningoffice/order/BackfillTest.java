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

  /** The fixtures' three orders (ORD-42 and ORD-44 closed on 2025-11-21), in two pages. */
  private void stubSearch() throws Exception {
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
  }

  private Backfill backfill(int drainEvery) {
    return new Backfill(
        app.get(OrderSearch.class),
        app.get(IssueFeed.class),
        app.get(Checkpoints.class),
        app.get(InboxWorker.class),
        app.get(OrdersConfig.class),
        app.clock(),
        drainEvery);
  }

  private List<String> outboxJobs() {
    return app.texts("SELECT job_key FROM outbox ORDER BY job_key");
  }

  @Test
  void ordersFedEarlyAreAppliedBeforeTheSearchEnds() throws Exception {
    stubSearch();
    Backfill backfill = backfill(2);
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

  @Test
  void anOrderThePollerMetClosedBeforeItsSpanGetsItsFormFromBackfill() throws Exception {
    stubSearch();
    // the first round reaches back one day from 2025-11-24T08:00Z: the 21st's closes are older
    app.get(OrderPoller.class).poll();
    app.get(InboxWorker.class).drain();
    assertThat(outboxJobs()).as("the poller leaves old closes to backfill").isEmpty();

    backfill(Backfill.DRAIN_EVERY).run(LocalDate.parse("2025-11-01"), p -> {});

    assertThat(outboxJobs()).containsExactly("attach-form:10042", "attach-form:10044");
  }

  @Test
  void backfillRunTwiceAttachesEachFormOnce() throws Exception {
    stubSearch();

    backfill(Backfill.DRAIN_EVERY).run(LocalDate.parse("2025-11-01"), p -> {});
    // another start date: its own checkpoint, so every order is fed again
    Backfill.Result again =
        backfill(Backfill.DRAIN_EVERY).run(LocalDate.parse("2025-10-01"), p -> {});

    assertThat(again.stored()).isZero();
    assertThat(outboxJobs()).containsExactly("attach-form:10042", "attach-form:10044");
  }

  @Test
  void aCheckpointOfTheReleaseThatPagedByLastChangeStartsTheRunAgainAtTheBeginning()
      throws Exception {
    stubSearch();
    // an earlier release kept the last fed ticket's updated time, results coming in that order:
    // read as a creation time it would skip the orders created before it but not yet fed
    app.get(Checkpoints.class)
        .put(Backfill.checkpointName(LocalDate.parse("2025-11-01")), "2025-11-21T10:00:00Z");

    Backfill.Result result =
        backfill(Backfill.DRAIN_EVERY).run(LocalDate.parse("2025-11-01"), p -> {});

    assertThat(result.skipped()).isZero();
    assertThat(result.stored()).isEqualTo(3);
    assertThat(result.afterEarlierRun()).isFalse();
    assertThat(
            app.get(Checkpoints.class).get(Backfill.checkpointName(LocalDate.parse("2025-11-01"))))
        .contains("created 2025-11-16T07:30:00Z");
    assertThat(outboxJobs()).containsExactly("attach-form:10042", "attach-form:10044");
  }
}
