package org.learningoffice.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loop of every polling background service. */
class RepeatingTest {
  private static final Duration SHORT = Duration.ofMillis(10);

  @Test
  void aRunThatThrowsDoesNotEndTheSchedule() {
    AtomicInteger runs = new AtomicInteger();
    RepeatingService service =
        new RepeatingService(
            new Repeating(
                "flaky",
                Duration.ZERO,
                SHORT,
                Duration.ofSeconds(1),
                false,
                () -> {
                  if (runs.incrementAndGet() % 2 == 1) {
                    throw new IllegalStateException("database down");
                  }
                }));

    service.start();
    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 4);
    } finally {
      service.stop();
    }
  }

  @Test
  void aRunThatThrowsAnErrorDoesNotEndTheScheduleEither() {
    AtomicInteger runs = new AtomicInteger();
    RepeatingService service =
        new RepeatingService(
            new Repeating(
                "out-of-memory-once",
                Duration.ZERO,
                SHORT,
                Duration.ofSeconds(1),
                false,
                () -> {
                  if (runs.incrementAndGet() == 1) {
                    // the executor cancelled the schedule silently: the worker never ran again
                    throw new OutOfMemoryError("Java heap space");
                  }
                }));

    service.start();
    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
    } finally {
      service.stop();
    }
  }

  @Test
  void stopLetsTheRunInHandFinishUnlessItInterrupts() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    Runnable slowRun =
        () -> {
          started.countDown();
          try {
            Thread.sleep(300);
            finished.set(true);
          } catch (InterruptedException e) {
            interrupted.set(true);
          }
        };

    RepeatingService patient =
        new RepeatingService(
            new Repeating("writer", Duration.ZERO, SHORT, Duration.ofSeconds(5), false, slowRun));
    patient.start();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    patient.stop();
    assertThat(finished).isTrue();

    CountDownLatch startedAgain = new CountDownLatch(1);
    RepeatingService impatient =
        new RepeatingService(
            new Repeating(
                "waiter",
                Duration.ZERO,
                SHORT,
                Duration.ofSeconds(5),
                true,
                () -> {
                  startedAgain.countDown();
                  slowRun.run();
                }));
    finished.set(false);
    impatient.start();
    assertThat(startedAgain.await(5, TimeUnit.SECONDS)).isTrue();
    impatient.stop();
    assertThat(interrupted).isTrue();
    assertThat(finished).isFalse();
  }

  @Test
  void startsOnceAndStopsAnyNumberOfTimes() {
    RepeatingService service =
        new RepeatingService(
            new Repeating("idle", Duration.ofHours(1), SHORT, SHORT, false, () -> {}));

    service.stop();
    service.start();
    assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
    service.stop();
    service.stop();
    assertThat(service.name()).isEqualTo("idle");
  }
}
