package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.util.List;
import org.learningoffice.capture.OrderRelatedLessons;

/** The lessons fed forward to an order, as the lesson form offers them for "happened again". */
final class FormRelatedLessons implements OrderRelatedLessons {
  private final FeedForwardStore store;
  private final FedLessons lessons;

  @Inject
  FormRelatedLessons(FeedForwardStore store, FedLessons lessons) {
    this.store = store;
    this.lessons = lessons;
  }

  @Override
  public List<Offered> of(long orderId) {
    return store.find(orderId).map(lessons::of).orElse(List.of()).stream()
        .map(
            r ->
                new Offered(
                    r.lesson().lesson().publicId(),
                    r.lesson().lesson().title(),
                    r.lesson().issueKey()))
        .toList();
  }
}
