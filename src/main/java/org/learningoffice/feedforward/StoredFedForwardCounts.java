package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.time.Instant;
import org.learningoffice.office.FedForwardCounts;

/** The dashboard's feed-forward counts, from the feed-forward tables. */
final class StoredFedForwardCounts implements FedForwardCounts {
  private final FeedForwardStore store;

  @Inject
  StoredFedForwardCounts(FeedForwardStore store) {
    this.store = store;
  }

  @Override
  public Counts between(Instant from, Instant to) {
    FeedForwardStore.Counts counts = store.counts(from, to);
    return new Counts(counts.fedForward(), counts.helped());
  }
}
