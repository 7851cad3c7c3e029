package org.learningoffice.digest;

import java.util.List;

/**
 * A week's numbers as the digest counts them, and the orders closed without lessons (the newest
 * {@link DigestBuilder#LISTED_PER_SECTION}, with their forms; {@code unlisted} counts the rest).
 */
public record WeekNumbers(
    Digest.Totals totals, List<OrderLink> closedWithoutLessons, int unlisted) {
  public WeekNumbers {
    closedWithoutLessons = List.copyOf(closedWithoutLessons);
  }
}
