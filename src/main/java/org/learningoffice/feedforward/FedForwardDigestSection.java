package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import org.learningoffice.digest.DigestContribution;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Outline;

/**
 * The digest's "Lessons fed forward": how many earlier lessons were posted on new orders in the
 * week, and how many of them readers voted "helped". Nothing in a week without either.
 */
final class FedForwardDigestSection implements DigestContribution {
  static final String TITLE = "Lessons fed forward";

  private final FeedForwardStore store;

  @Inject
  FedForwardDigestSection(FeedForwardStore store) {
    this.store = store;
  }

  @Override
  public List<Outline.Section> sections(IsoWeek week, ZoneId zone) {
    FeedForwardStore.Counts counts = store.counts(week.start(zone), week.end(zone));
    if (counts.fedForward() == 0 && counts.helped() == 0) {
      return List.of();
    }
    return List.of(
        new Outline.Section(
            TITLE,
            List.of(
                Outline.Para.of(
                    Outline.Span.strong(lessons(counts.fedForward())),
                    Outline.Span.text(" from earlier orders posted on new orders; "),
                    Outline.Span.strong(String.valueOf(counts.helped())),
                    Outline.Span.text(" voted \"helped\" by the people of those orders.")))));
  }

  private static String lessons(int count) {
    return count == 1 ? "1 lesson" : count + " lessons";
  }
}
