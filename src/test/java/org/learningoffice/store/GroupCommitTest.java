package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
  /** Records each batch it is given; the first batch can be held until the test releases it. */
  private static final class RecordingWriter implements GroupCommit.BatchWriter<String, String> {
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirstBatch = new CountDownLatch(1);

    @Override
    public List<String> write(List<String> items) {
      batches.add(items);
      if (firstBatchStarted.getCount() > 0) {
        firstBatchStarted.countDown();
        await(releaseFirstBatch);
      }
      if (items.contains("bad")) {
        throw new IllegalArgumentException("cannot store bad");
      }
      return items.stream().map(String::toUpperCase).toList();
    }
  }

  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final List<Thread> callerThreads = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private Future<String> submitFromAnotherThread(GroupCommit<String, String> commit, String item) {
    return callers.submit(
        () -> {
          callerThreads.add(Thread.currentThread());
          return commit.submit(item);
        });
  }

  @Test
  void aCallerAloneWritesItsOwnItemAtOnce() {
    RecordingWriter writer = new RecordingWriter();
    writer.releaseFirstBatch.countDown();
    GroupCommit<String, String> commit = new GroupCommit<>(writer, 10);

    assertThat(commit.submit("a")).isEqualTo("A");
    assertThat(writer.batches).containsExactly(List.of("a"));
  }

  @Test
  void itemsOfferedWhileABatchIsBeingWrittenShareTheNextWriteAndEachCallerGetsItsOwnResult()
      throws Exception {
    RecordingWriter writer = new RecordingWriter();
    GroupCommit<String, String> commit = new GroupCommit<>(writer, 10);
    Map<String, Future<String>> callers =
        queuedBehindAHeldBatch(commit, writer, List.of("b", "c", "d", "e", "f"));
    writer.releaseFirstBatch.countDown();

    for (Map.Entry<String, Future<String>> caller : callers.entrySet()) {
      assertThat(caller.getValue().get(10, TimeUnit.SECONDS))
          .isEqualTo(caller.getKey().toUpperCase());
    }
    assertThat(writer.batches).hasSize(2);
    assertThat(writer.batches.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e", "f");
  }

  @Test
  void aFailedBatchIsWrittenItemByItemSoOnlyTheBadItemsCallerFails() throws Exception {
    RecordingWriter writer = new RecordingWriter();
    GroupCommit<String, String> commit = new GroupCommit<>(writer, 10);
    Map<String, Future<String>> callers =
        queuedBehindAHeldBatch(commit, writer, List.of("b", "bad", "c"));
    writer.releaseFirstBatch.countDown();

    assertThat(callers.get("a").get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThat(callers.get("b").get(10, TimeUnit.SECONDS)).isEqualTo("B");
    assertThat(callers.get("c").get(10, TimeUnit.SECONDS)).isEqualTo("C");
    assertThatThrownBy(() -> callers.get("bad").get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot store bad");
    assertThat(writer.batches.get(1)).containsExactlyInAnyOrder("b", "bad", "c");
    assertThat(writer.batches.subList(2, writer.batches.size()))
        .containsExactlyInAnyOrder(List.of("b"), List.of("bad"), List.of("c"));
  }

  @Test
  void aLoneCallersFailureReachesItUnchanged() {
    RecordingWriter writer = new RecordingWriter();
    writer.releaseFirstBatch.countDown();
    GroupCommit<String, String> commit = new GroupCommit<>(writer, 10);

    assertThatThrownBy(() -> commit.submit("bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot store bad");
    assertThat(commit.submit("next")).isEqualTo("NEXT");
  }

  @Test
  void noBatchIsLargerThanTheLimit() throws Exception {
    RecordingWriter writer = new RecordingWriter();
    GroupCommit<String, String> commit = new GroupCommit<>(writer, 2);
    Map<String, Future<String>> callers =
        queuedBehindAHeldBatch(commit, writer, List.of("b", "c", "d", "e", "f"));
    writer.releaseFirstBatch.countDown();

    for (Future<String> caller : callers.values()) {
      caller.get(10, TimeUnit.SECONDS);
    }
    assertThat(writer.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(2));
    assertThat(writer.batches.stream().mapToInt(List::size).sum()).isEqualTo(6);
  }

  @Test
  void manyCallersOnManyThreadsEachGetTheirOwnResultAndEveryItemIsWrittenOnce() throws Exception {
    AtomicInteger written = new AtomicInteger();
    GroupCommit<String, String> commit =
        new GroupCommit<>(
            items -> {
              written.addAndGet(items.size());
              return items.stream().map(i -> "done-" + i).toList();
            },
            8);
    int threads = 16;
    int perThread = 2_000;
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          callers.submit(
              () -> {
                int correct = 0;
                for (int i = 0; i < perThread; i++) {
                  String item = thread + "-" + i;
                  if (commit.submit(item).equals("done-" + item)) {
                    correct++;
                  }
                }
                return correct;
              }));
    }
    for (Future<Integer> result : results) {
      assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(perThread);
    }
    assertThat(written.get()).isEqualTo(threads * perThread);
  }

  @Test
  void aBatchLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new GroupCommit<String, String>(items -> items, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBatch");
  }

  /**
   * Submits "a", whose batch the writer holds, then {@code followers}, each from its own thread,
   * and waits until all of them wait: "a" in the writer, the rest queued behind it.
   */
  private Map<String, Future<String>> queuedBehindAHeldBatch(
      GroupCommit<String, String> commit, RecordingWriter writer, List<String> followers)
      throws InterruptedException {
    Map<String, Future<String>> callers = new java.util.LinkedHashMap<>();
    callers.put("a", submitFromAnotherThread(commit, "a"));
    await(writer.firstBatchStarted);
    for (String item : followers) {
      callers.put(item, submitFromAnotherThread(commit, item));
    }
    awaitAllCallersWaiting(followers.size() + 1);
    return callers;
  }

  /** Waits until the given number of callers are parked: one in the writer, the rest queued. */
  private void awaitAllCallersWaiting(int callers) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (callerThreads.size() == callers
          && callerThreads.stream().allMatch(GroupCommitTest::isWaiting)) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("callers did not all start waiting: " + callerThreads);
  }

  private static boolean isWaiting(Thread thread) {
    Thread.State state = thread.getState();
    return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
