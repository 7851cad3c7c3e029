package org.learningoffice.capture;

import java.util.List;
import java.util.Objects;

/**
 * The earlier lessons an order was offered (feed forward), for the form: a person writing a lesson
 * can mark that one of them "happened again", which makes the new lesson {@code RECURRENT} with
 * that earlier lesson as its occurrence. Empty where feed forward is off.
 */
public interface OrderRelatedLessons {
  /** An earlier lesson as the form lists it. */
  record Offered(String publicId, String title, String issueKey) {
    public Offered {
      Objects.requireNonNull(publicId, "publicId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(issueKey, "issueKey");
    }
  }

  /** The lessons offered to the order with this row id, best first. */
  List<Offered> of(long orderId);
}
