package org.learningoffice.capture;

import java.time.Duration;
import org.learningoffice.taxonomy.Recurrence;

/**
 * The one-line explanations the form shows under its facets, in the words of a shop-floor engineer
 * rather than the taxonomy's ({@code shared/docs/taxonomy.md}), and how recurrence is worded so
 * that it agrees with the earlier lessons listed next to it.
 */
record FormHelp(int recurrentFrom, Duration lookBack) {

  static final String STAGE =
      "The step of the order where this came up: quoting, engineering, procurement, fabrication,"
          + " assembly, delivery… Leave it empty if it spans several.";

  static final String UNIT =
      "Where the lesson lands. Front office: work done for this customer's order (quote, order"
          + " engineering, delivery, site). Back office: work done for many orders (standard"
          + " designs, stock, planning, tools). Between: the hand-over from one to the other.";

  static final String TYPE =
      "Exploitation: doing what we already know better — a checklist, a reused design, a"
          + " repeated mistake removed. Exploration: something new — a first-time requirement,"
          + " another method, supplier or material.";

  static final String DIRECTION =
      "From: what this order taught us. For: something made ready for orders to come — a module,"
          + " a standard, a template, a training.";

  /** The line under recurrence on the confirmation. */
  String recurrence() {
    return "Recurring means earlier lessons of at least "
        + orders(recurrentFrom)
        + " from the last "
        + lookBack.toDays()
        + " days say much the same.";
  }

  /**
   * The recurrence of a stored lesson, in words that agree with the earlier lessons listed: {@code
   * similar} of them, written on {@code orders} other orders.
   */
  String recurrenceLabel(Recurrence recurrence, int similar, int orders) {
    if (similar == 0) {
      return recurrence == Recurrence.RECURRENT ? "Recurring" : "First of its kind";
    }
    String alike = earlier(similar) + (orders == similar ? "" : " of " + orders(orders));
    return recurrence == Recurrence.RECURRENT
        ? "Recurring: " + alike + (similar == 1 ? " says" : " say") + " much the same"
        : "Not recurring yet: " + alike + " alike, recurring from " + orders(recurrentFrom);
  }

  /** The heading over the earlier lessons listed on the confirmation. */
  static String similarHeading(Recurrence recurrence) {
    return recurrence == Recurrence.RECURRENT
        ? "Others learned this before:"
        : "Similar earlier lessons (not yet enough to count as recurring):";
  }

  private static String earlier(int count) {
    return count == 1 ? "1 earlier lesson" : count + " earlier lessons";
  }

  private static String orders(int count) {
    return count == 1 ? "1 other order" : count + " other orders";
  }
}
