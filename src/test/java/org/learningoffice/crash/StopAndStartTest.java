package org.learningoffice.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.testing.ClosedOrderWebhooks;
import org.learningoffice.testing.ClosedOrderWebhooks.Delivery;
import org.learningoffice.testing.ServeProcess;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;
import org.learningoffice.testing.jira.PostedComments;
import org.learningoffice.testing.jira.WriteBackJira;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} in a child JVM on PostgreSQL stops on SIGTERM within 5 s however much is queued and
 * however slow Jira is, and starts on an existing store. The times are logged; the start is held
 * only to a generous bound (its target is measured by {@code bench/ServeFootprint}).
 */
class StopAndStartTest {
  private static final Logger log = LoggerFactory.getLogger(StopAndStartTest.class);
  private static final Duration START = Duration.ofSeconds(60);

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock(new PostedComments());

  @TempDir Path dir;

  private TestDatabase db;
  private ServeProcess serve;

  @BeforeEach
  void openStore() {
    db = TestDatabase.open(TestDatabase.Kind.POSTGRES);
    serve =
        ServeProcess.configure(dir, "serve", db.url(), wireMock.baseUrl(), Duration.ofMinutes(10));
  }

  @AfterEach
  void closeAll() {
    if (serve != null) {
      serve.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void sigtermExitsWithinFiveSecondsWithJobsQueuedAndJiraSlow() {
    // each Jira call takes longer than the whole stop may
    WriteBackJira jira = WriteBackJira.on(wireMock.server(), Duration.ofSeconds(20));
    List<Delivery> orders = ClosedOrderWebhooks.closing(3_000, 60);
    serve.start().awaitHealthy(START);
    orders.forEach(d -> assertThat(serve.deliver(d)).contains(202));
    await("a Jira call in flight")
        .atMost(START)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> jira.calls() > 0);

    Duration took = serve.stop(Duration.ofSeconds(30));

    log.info("SIGTERM to exit with {} orders queued: {} ms", orders.size(), took.toMillis());
    assertThat(serve.isAlive()).isFalse();
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void startsOnAnExistingStoreAndAnswersHealth() {
    WriteBackJira.on(wireMock.server(), Duration.ZERO);
    serve.start().awaitHealthy(START);
    serve.deliver(ClosedOrderWebhooks.closing(4_000, 1).get(0));
    serve.stop(Duration.ofSeconds(30));

    Duration first = serve.start().awaitHealthy(START);

    log.info("start to /health 200 on an existing store: {} ms", first.toMillis());
    assertThat(first).isLessThan(Duration.ofSeconds(30));
  }
}
