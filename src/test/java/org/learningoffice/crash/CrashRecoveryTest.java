package org.learningoffice.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
 * {@code serve} in a child JVM on PostgreSQL, killed with SIGKILL at the worst moments, then
 * restarted (or left to a second instance) while the WireMock Jira counts what it received: every
 * acknowledged webhook is applied once, and every closed order gets one remote link, one comment
 * and its property.
 */
class CrashRecoveryTest {
  private static final Logger log = LoggerFactory.getLogger(CrashRecoveryTest.class);

  /**
   * Short, so that the jobs a killed instance held are taken over within seconds; the instances'
   * Jira calls are cut short to fit it (the config refuses a lease shorter than a job step).
   */
  private static final Duration LEASE = ServeProcess.SHORT_LEASE_AT_LEAST.plusSeconds(1);

  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration FINISH = Duration.ofSeconds(120);

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock(new PostedComments());

  @TempDir Path dir;

  private TestDatabase db;
  private StoreCounts store;
  private final List<ServeProcess> processes = new java.util.ArrayList<>();

  @BeforeEach
  void openStore() {
    db = TestDatabase.open(TestDatabase.Kind.POSTGRES);
    store = new StoreCounts(db.database().jdbi());
  }

  @AfterEach
  void closeAll() {
    processes.forEach(ServeProcess::close);
    if (db != null) {
      db.close();
    }
  }

  private ServeProcess serve(String name) {
    ServeProcess serve = ServeProcess.configure(dir, name, db.url(), wireMock.baseUrl(), LEASE);
    processes.add(serve);
    return serve;
  }

  @Test
  void killedDuringAWebhookBurstAppliesEveryAcknowledgedEventOnceAfterJirasResends()
      throws Exception {
    WriteBackJira jira = WriteBackJira.on(wireMock.server(), Duration.ZERO);
    List<Delivery> burst = ClosedOrderWebhooks.closing(0, 150);
    ServeProcess serve = serve("burst").start();
    serve.awaitHealthy(START);

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger acks = new AtomicInteger();
    int killAt = 50;
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> sent =
          burst.stream()
              .map(
                  d ->
                      senders.submit(
                          () -> {
                            if (serve.deliver(d).orElse(0) == 202) {
                              acknowledged.add(d.identifier());
                              if (acks.incrementAndGet() == killAt) {
                                serve.killNow();
                              }
                            }
                          }))
              .collect(Collectors.toList());
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      senders.shutdownNow();
    }
    serve.kill();
    log.info("Killed during the burst: {} of {} deliveries acknowledged", acks.get(), burst.size());
    assertThat(acknowledged.size())
        .as("the kill landed in the middle of the burst")
        .isBetween(killAt, burst.size() - 1);

    serve.start().awaitHealthy(START);
    // Jira resends what was not acknowledged; resending everything also proves the acknowledged
    // ones are recognised
    for (Delivery d : burst) {
      assertThat(serve.deliver(d)).as(d.identifier()).contains(202);
    }
    await("every event applied and every form attached")
        .atMost(FINISH)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> store.inboxDone() == burst.size() && store.attachJobsDone() == burst.size());

    assertThat(store.inboxRows()).isEqualTo(burst.size());
    assertThat(store.inboxDistinctKeys()).isEqualTo(burst.size());
    Map<String, Integer> closed = store.closeCounts();
    assertThat(closed).hasSize(burst.size());
    assertThat(closed.values()).as("each order closed once, not twice").containsOnly(1);
    for (Delivery d : burst) {
      if (acknowledged.contains(d.identifier())) {
        assertThat(closed)
            .as("acknowledged before the kill: " + d.issueKey())
            .containsKey(d.issueId());
      }
    }
    assertThat(store.attachJobs()).isEqualTo(burst.size());
    assertOneFormEach(jira, burst);
  }

  @Test
  void killedDuringOutboxWorkAttachesEachFormOnceAfterRestart() {
    WriteBackJira jira = WriteBackJira.on(wireMock.server(), Duration.ofMillis(100));
    List<Delivery> orders = ClosedOrderWebhooks.closing(1_000, 40);
    ServeProcess serve = serve("outbox").start();
    serve.awaitHealthy(START);
    orders.forEach(d -> assertThat(serve.deliver(d)).contains(202));

    // kill while Jira holds a comment (each call takes 100 ms): sent, but not yet recorded as
    // sent, the one moment where a restart could post it twice
    await("a comment in flight")
        .atMost(FINISH)
        .pollInterval(Duration.ofMillis(5))
        .until(() -> jira.comments().size() >= 5);
    serve.kill();
    int doneAtKill = store.attachJobsDone();
    log.info("Killed during outbox work: {} of {} forms attached", doneAtKill, orders.size());
    assertThat(doneAtKill)
        .as("the kill landed in the middle of the work")
        .isLessThan(orders.size());
    assertThat(store.commentsInDoubt())
        .as("a comment was sent and not yet recorded as sent when the process died")
        .isPositive();

    serve.start().awaitHealthy(START);
    await("every form attached")
        .atMost(FINISH)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> store.attachJobsDone() == orders.size());

    assertThat(store.attachJobs()).isEqualTo(orders.size());
    assertOneFormEach(jira, orders);
  }

  @Test
  void aSecondInstanceFinishesTheWorkOfAKilledOneOnce() {
    WriteBackJira jira = WriteBackJira.on(wireMock.server(), Duration.ofMillis(100));
    List<Delivery> orders = ClosedOrderWebhooks.closing(2_000, 40);
    ServeProcess first = serve("first").start();
    ServeProcess second = serve("second").start();
    first.awaitHealthy(START);
    second.awaitHealthy(START);
    for (int i = 0; i < orders.size(); i++) {
      ServeProcess to = i % 2 == 0 ? first : second;
      assertThat(to.deliver(orders.get(i))).contains(202);
    }

    await("the outbox is under way")
        .atMost(FINISH)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> jira.remoteLinkGlobalIds().size() >= 10);
    first.kill();
    log.info(
        "Killed one of two instances: {} of {} forms attached; running jobs held by {}",
        store.attachJobsDone(),
        orders.size(),
        store.runningOwners());
    assertThat(store.attachJobsDone())
        .as("the kill landed in the middle of the work")
        .isLessThan(orders.size());

    await("the survivor attached every form")
        .atMost(FINISH)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> store.attachJobsDone() == orders.size());

    assertThat(second.isAlive()).isTrue();
    assertThat(store.attachJobs()).isEqualTo(orders.size());
    assertOneFormEach(jira, orders);
  }

  /** One remote link (one global id), one comment and the property on each order's issue. */
  private static void assertOneFormEach(WriteBackJira jira, List<Delivery> orders) {
    Map<String, Set<String>> links = jira.remoteLinkGlobalIds();
    Map<String, Integer> comments = jira.comments();
    Map<String, Integer> properties = jira.properties();
    for (Delivery d : orders) {
      String key = d.issueKey();
      assertThat(links.get(key))
          .as("remote link of " + key)
          .containsExactly("learning-office:" + key);
      assertThat(comments.get(key)).as("comments on " + key).isEqualTo(1);
      assertThat(Optional.ofNullable(properties.get(key)))
          .as("property of " + key)
          .hasValueSatisfying(n -> assertThat(n).isPositive());
    }
    assertThat(links).hasSize(orders.size());
    assertThat(comments).hasSize(orders.size());
    assertThat(properties).hasSize(orders.size());
  }
}
