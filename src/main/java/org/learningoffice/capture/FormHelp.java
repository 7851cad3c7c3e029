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
    return "Recurring means at least "
        + recurrentFrom
        + (recurrentFrom == 1 ? " earlier lesson" : " earlier lessons")
        + " of other orders from the last "
        + lookBack.toDays()
        + " days "
        + (recurrentFrom == 1 ? "says" : "say")
        + " much the same.";
  }

  /** The recurrence of a stored lesson, in words that agree with the earlier lessons listed. */
  String recurrenceLabel(Recurrence recurrence, int similar) {
    if (recurrence == Recurrence.RECURRENT) {
      return similar == 0
          ? "Recurring"
          : "Recurring: " + earlier(similar) + (similar == 1 ? " says" : " say") + " much the same";
    }
    return similar == 0
        ? "First of its kind"
        : "Not recurring yet: " + earlier(similar) + " alike, recurring from " + recurrentFrom;
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
}
