package org.learningoffice.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: callers on many threads each hand over one item and return once the write that
 * holds it has committed. One caller at a time (the leader) writes everything queued so far as one
 * batch, so under load many items share one statement and one commit instead of paying one each; a
 * caller alone writes its own item at once, without waiting for company.
 *
 * <p>A leader writes until its own item is written, then hands the lead to the oldest caller still
 * waiting. When a batch fails, its items are written one at a time, so a bad item fails only its
 * own caller.
 *
 * @param <T> what a caller hands over
 * @param <R> what the write made of it
 */
final class GroupCommit<T, R> {
  /** Writes items durably (one transaction or one statement) and returns a result per item. */
  @FunctionalInterface
  interface BatchWriter<T, R> {
    /** Returns one result per item, in the order of {@code items}. */
    List<R> write(List<T> items);
  }

  private final BatchWriter<T, R> writer;
  private final int maxBatch;
  private final Queue<Waiting<T, R>> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock leading = new ReentrantLock();

  GroupCommit(BatchWriter<T, R> writer, int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
    }
    this.writer = writer;
    this.maxBatch = maxBatch;
  }

  /**
   * Writes {@code item}, alone or in a batch with others, and returns its result once written.
   *
   * @throws RuntimeException what writing this item threw
   */
  R submit(T item) {
    Waiting<T, R> waiting = new Waiting<>(item);
    queue.add(waiting);
    while (true) {
      if (leading.tryLock()) {
        try {
          while (!waiting.isDone()) {
            write(takeBatch());
          }
        } finally {
          leading.unlock();
          handOverLead();
        }
        return waiting.outcome();
      }
      if (waiting.awaitDoneOrLead()) {
        return waiting.outcome();
      }
    }
  }

  /**
   * A caller that found the lead taken waits for its item or for the lead: wake the oldest. Called
   * after the unlock, so an item queued while we led is never stranded.
   */
  private void handOverLead() {
    Waiting<T, R> next = queue.peek();
    if (next != null) {
      next.offerLead();
    }
  }

  private List<Waiting<T, R>> takeBatch() {
    List<Waiting<T, R>> batch = new ArrayList<>();
    Waiting<T, R> next;
    while (batch.size() < maxBatch && (next = queue.poll()) != null) {
      batch.add(next);
    }
    return batch;
  }

  private void write(List<Waiting<T, R>> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      List<R> results = writer.write(batch.stream().map(w -> w.item).toList());
      if (results.size() != batch.size()) {
        throw new IllegalStateException(
            "the writer returned " + results.size() + " results for " + batch.size() + " items");
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).complete(results.get(i));
      }
    } catch (RuntimeException batchFailure) {
      if (batch.size() == 1) {
        batch.get(0).fail(batchFailure);
      } else {
        batch.forEach(this::writeAlone);
      }
    } finally {
      for (Waiting<T, R> waiting : batch) {
        if (!waiting.isDone()) { // an Error escaped the writer: its callers must not wait forever
          waiting.fail(new IllegalStateException("the write ended without a result"));
        }
      }
    }
  }

  private void writeAlone(Waiting<T, R> waiting) {
    try {
      waiting.complete(writer.write(List.of(waiting.item)).get(0));
    } catch (RuntimeException e) {
      waiting.fail(e);
    }
  }

  /** One caller's item, its outcome once written, and whether it has been offered the lead. */
  private static final class Waiting<T, R> {
    private final T item;
    private boolean done;
    private boolean leadOffered;
    private R result;
    private RuntimeException failure;

    Waiting(T item) {
      this.item = item;
    }

    synchronized boolean isDone() {
      return done;
    }

    synchronized void complete(R value) {
      if (!done) {
        done = true;
        result = value;
        notifyAll();
      }
    }

    /** Records a failure unless the item already has an outcome. */
    synchronized void fail(RuntimeException error) {
      if (!done) {
        done = true;
        failure = error;
        notifyAll();
      }
    }

    synchronized void offerLead() {
      leadOffered = true;
      notifyAll();
    }

    /**
     * Waits until the item is written or this caller is offered the lead.
     *
     * @return true when the item is written
     */
    synchronized boolean awaitDoneOrLead() {
      boolean interrupted = false;
      while (!done && !leadOffered) {
        try {
          wait();
        } catch (InterruptedException e) {
          // The item is queued and may be written any moment: its caller must learn the outcome.
          interrupted = true;
        }
      }
      leadOffered = false;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return done;
    }

    synchronized R outcome() {
      if (failure != null) {
        throw failure;
      }
      return result;
    }
  }
}
