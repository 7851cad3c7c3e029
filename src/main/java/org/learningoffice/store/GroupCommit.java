package org.learningoffice.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: items handed over by callers on many threads are written in batches, so that under
 * load many items share one statement and one commit instead of paying one each; an item handed
 * over alone is written at once, without waiting for company.
 *
 * <p>{@link #submit} never waits for another caller's write. A caller that finds no write under way
 * leads: it writes what is queued, its own item among it, and goes on writing what arrives
 * meanwhile. A caller that finds a write under way queues its item and returns a future that the
 * leader completes. Under a burst of webhooks the leader's thread completes the others' futures and
 * so sends their answers itself: no thread is woken to acknowledge a delivery, which is where the
 * CPU of a burst would otherwise go.
 *
 * <p>A caller leads for at most {@code maxBatchesPerLead} batches, which bounds how long its own
 * request waits for the others'; what is still queued then is written on {@code handOver}. When a
 * batch fails, its items are written one at a time, so a bad item fails only its own future.
 *
 * @param <T> what a caller hands over
 * @param <R> what the write made of it
 */
public final class GroupCommit<T, R> {
  /** Writes items durably (one transaction or one statement) and returns a result per item. */
  @FunctionalInterface
  public interface BatchWriter<T, R> {
    /** Returns one result per item, in the order of {@code items}. */
    List<R> write(List<T> items);
  }

  private record Pending<T, R>(T item, CompletableFuture<R> result) {}

  private final BatchWriter<T, R> writer;
  private final int maxBatch;
  private final int maxBatchesPerLead;
  private final Executor handOver;
  private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock leading = new ReentrantLock();

  public GroupCommit(
      BatchWriter<T, R> writer, int maxBatch, int maxBatchesPerLead, Executor handOver) {
    if (maxBatch < 1 || maxBatchesPerLead < 1) {
      throw new IllegalArgumentException(
          "maxBatch and maxBatchesPerLead must be at least 1, were "
              + maxBatch
              + " and "
              + maxBatchesPerLead);
    }
    this.writer = writer;
    this.maxBatch = maxBatch;
    this.maxBatchesPerLead = maxBatchesPerLead;
    this.handOver = handOver;
  }

  /**
   * Queues {@code item} and, unless a write is under way, writes the queue. The future completes
   * once the write holding the item has committed, or fails with what writing it threw.
   */
  public CompletableFuture<R> submit(T item) {
    Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
    queue.add(pending);
    lead();
    return pending.result();
  }

  /**
   * Writes {@code item}, alone or in a batch with others, and returns its result once written.
   *
   * @throws RuntimeException what writing this item threw
   */
  public R submitAndWait(T item) {
    try {
      return submit(item).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Writes batches while items are queued and no one else writes. The queue is checked again after
   * the lock is released, so an item queued while we held it is never stranded.
   */
  private void lead() {
    int batches = 0;
    while (!queue.isEmpty() && leading.tryLock()) {
      try {
        List<Pending<T, R>> batch;
        while (batches < maxBatchesPerLead && !(batch = takeBatch()).isEmpty()) {
          write(batch);
          batches++;
        }
      } finally {
        leading.unlock();
      }
      if (batches == maxBatchesPerLead) {
        if (!queue.isEmpty()) {
          handOver.execute(this::lead);
        }
        return;
      }
    }
  }

  private List<Pending<T, R>> takeBatch() {
    List<Pending<T, R>> batch = new ArrayList<>();
    Pending<T, R> next;
    while (batch.size() < maxBatch && (next = queue.poll()) != null) {
      batch.add(next);
    }
    return batch;
  }

  private void write(List<Pending<T, R>> batch) {
    try {
      List<R> results = writer.write(batch.stream().map(Pending::item).toList());
      if (results.size() != batch.size()) {
        throw new IllegalStateException(
            "the writer returned " + results.size() + " results for " + batch.size() + " items");
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result().complete(results.get(i));
      }
    } catch (RuntimeException batchFailure) {
      if (batch.size() == 1) {
        batch.get(0).result().completeExceptionally(batchFailure);
      } else {
        batch.forEach(this::writeAlone);
      }
    } finally {
      for (Pending<T, R> pending : batch) {
        // an Error escaped the writer: its callers must not wait forever
        pending
            .result()
            .completeExceptionally(new IllegalStateException("the write ended without a result"));
      }
    }
  }

  private void writeAlone(Pending<T, R> pending) {
    try {
      pending.result().complete(writer.write(List.of(pending.item())).get(0));
    } catch (RuntimeException e) {
      pending.result().completeExceptionally(e);
    }
  }
}
