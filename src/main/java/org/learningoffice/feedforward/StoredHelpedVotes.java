package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.learningoffice.digest.HelpedVotes;

/** The "helped" votes the digest and the dashboard recall a year-old lesson by. */
final class StoredHelpedVotes implements HelpedVotes {
  private final FeedForwardStore store;

  @Inject
  StoredHelpedVotes(FeedForwardStore store) {
    this.store = store;
  }

  @Override
  public Map<Long, Integer> helped(Collection<Long> lessonIds) {
    Map<Long, Integer> helped = new HashMap<>();
    store.feedback(lessonIds).forEach((id, feedback) -> helped.put(id, feedback.helped()));
    return helped;
  }
}
