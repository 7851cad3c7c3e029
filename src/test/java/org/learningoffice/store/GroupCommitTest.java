package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
  private final ExecutorService handOverThread = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    callers.shutdownNow();
    handOverThread.shutdownNow();
  }

  private GroupCommit<String, String> groupCommit(
      GroupCommit.BatchWriter<String, String> writer, int maxBatch) {
    return new GroupCommit<>(writer, maxBatch, 100, handOverThread);
  }

  @Test
  void aCallerAloneWritesItsOwnItemBeforeSubmitReturns() {
    RecordingWriter writer = new RecordingWriter();
    writer.releaseFirstBatch.countDown();
    GroupCommit<String, String> commit = groupCommit(writer, 10);

    assertThat(commit.submit("a")).isCompletedWithValue("A");
    assertThat(commit.submitAndWait("b")).isEqualTo("B");
    assertThat(writer.batches).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void itemsOfferedWhileABatchIsBeingWrittenReturnAtOnceAndTheLeaderWritesThemTogether()
      throws Exception {
    RecordingWriter writer = new RecordingWriter();
    GroupCommit<String, String> commit = groupCommit(writer, 10);
    Future<String> leader = leadWithAHeldBatch(commit, writer);
    Map<String, CompletableFuture<String>> followers = submit(commit, "b", "c", "d", "e", "f");
    assertThat(followers.values()).noneMatch(CompletableFuture::isDone);

    writer.releaseFirstBatch.countDown();

    assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    for (Map.Entry<String, CompletableFuture<String>> follower : followers.entrySet()) {
      // completed by the leader before it returned: no one waited on another thread
      assertThat(follower.getValue()).isCompletedWithValue(follower.getKey().toUpperCase());
    }
    assertThat(writer.batches).hasSize(2);
    assertThat(writer.batches.get(1)).containsExactly("b", "c", "d", "e", "f");
  }

  @Test
  void aFailedBatchIsWrittenItemByItemSoOnlyTheBadItemFails() throws Exception {
    RecordingWriter writer = new RecordingWriter();
    GroupCommit<String, String> commit = groupCommit(writer, 10);
    Future<String> leader = leadWithAHeldBatch(commit, writer);
    Map<String, CompletableFuture<String>> followers = submit(commit, "b", "bad", "c");
    writer.releaseFirstBatch.countDown();

    assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThat(followers.get("b")).isCompletedWithValue("B");
    assertThat(followers.get("c")).isCompletedWithValue("C");
    assertThat(followers.get("bad"))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalArgumentException.class)
        .withMessageContaining("cannot store bad");
    assertThat(writer.batches.get(1)).containsExactly("b", "bad", "c");
    assertThat(writer.batches.subList(2, writer.batches.size()))
        .containsExactly(List.of("b"), List.of("bad"), List.of("c"));
  }

  @Test
  void aLoneCallersFailureReachesItUnchanged() {
    RecordingWriter writer = new RecordingWriter();
    writer.releaseFirstBatch.countDown();
    GroupCommit<String, String> commit = groupCommit(writer, 10);

    assertThatThrownBy(() -> commit.submitAndWait("bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot store bad");
    assertThat(commit.submitAndWait("next")).isEqualTo("NEXT");
  }

  @Test
  void noBatchIsLargerThanTheLimit() throws Exception {
    RecordingWriter writer = new RecordingWriter();
    GroupCommit<String, String> commit = groupCommit(writer, 2);
    Future<String> leader = leadWithAHeldBatch(commit, writer);
    Map<String, CompletableFuture<String>> followers = submit(commit, "b", "c", "d", "e", "f");
    writer.releaseFirstBatch.countDown();

    leader.get(10, TimeUnit.SECONDS);
    assertThat(followers.values()).allMatch(CompletableFuture::isDone);
    assertThat(writer.batches)
        .containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e"), List.of("f"));
  }

  @Test
  void aLeaderThatReachedItsLimitOfBatchesHandsTheRestOverAndReturns() throws Exception {
    RecordingWriter writer = new RecordingWriter();
    List<Runnable> handedOver = new CopyOnWriteArrayList<>();
    GroupCommit<String, String> commit = new GroupCommit<>(writer, 2, 2, handedOver::add);
    Future<String> leader = leadWithAHeldBatch(commit, writer);
    Map<String, CompletableFuture<String>> followers = submit(commit, "b", "c", "d", "e", "f");
    writer.releaseFirstBatch.countDown();

    assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThat(writer.batches).containsExactly(List.of("a"), List.of("b", "c"));
    assertThat(followers.get("d")).isNotDone();
    assertThat(handedOver).hasSize(1);

    handedOver.get(0).run();

    assertThat(writer.batches).endsWith(List.of("d", "e"), List.of("f"));
    assertThat(followers.get("d")).isCompletedWithValue("D");
    assertThat(followers.get("f")).isCompletedWithValue("F");
  }

  @Test
  void manyCallersOnManyThreadsEachGetTheirOwnResultAndEveryItemIsWrittenOnce() throws Exception {
    Set<String> written = ConcurrentHashMap.newKeySet();
    AtomicInteger writes = new AtomicInteger();
    GroupCommit<String, String> commit =
        new GroupCommit<>(
            items -> {
              items.forEach(item -> assertThat(written.add(item)).isTrue());
              writes.addAndGet(items.size());
              return items.stream().map(i -> "done-" + i).toList();
            },
            8,
            3,
            handOverThread);
    int threads = 16;
    int perThread = 2_000;
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          callers.submit(
              () -> {
                List<CompletableFuture<String>> pending = new ArrayList<>();
                int correct = 0;
                for (int i = 0; i < perThread; i++) {
                  String item = thread + "-" + i;
                  if (i % 2 == 0) {
                    correct += commit.submitAndWait(item).equals("done-" + item) ? 1 : 0;
                  } else {
                    pending.add(commit.submit(item));
                  }
                }
                for (CompletableFuture<String> result : pending) {
                  correct +=
                      result.get(60, TimeUnit.SECONDS).startsWith("done-" + thread + "-") ? 1 : 0;
                }
                return correct;
              }));
    }
    for (Future<Integer> result : results) {
      assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(perThread);
    }
    assertThat(writes.get()).isEqualTo(threads * perThread);
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThatThrownBy(() -> new GroupCommit<String, String>(items -> items, 0, 1, handOverThread))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBatch");
    assertThatThrownBy(() -> new GroupCommit<String, String>(items -> items, 1, 0, handOverThread))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBatchesPerLead");
  }

  /** Submits "a" from another thread, which leads, and returns once the writer holds its batch. */
  private Future<String> leadWithAHeldBatch(
      GroupCommit<String, String> commit, RecordingWriter writer) {
    Future<String> leader = callers.submit(() -> commit.submitAndWait("a"));
    await(writer.firstBatchStarted);
    return leader;
  }

  private static Map<String, CompletableFuture<String>> submit(
      GroupCommit<String, String> commit, String... items) {
    Map<String, CompletableFuture<String>> futures = new LinkedHashMap<>();
    for (String item : items) {
      futures.put(item, commit.submit(item));
    }
    return futures;
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
