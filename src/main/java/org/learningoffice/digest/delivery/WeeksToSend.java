package org.learningoffice.digest.delivery;

import java.util.ArrayList;
import java.util.List;
import org.learningoffice.digest.IsoWeek;

/**
 * The weeks one scheduler check sends, oldest first and ending with the due week, and the missed
 * weeks before them that are too old to send.
 */
record WeeksToSend(List<IsoWeek> toSend, List<IsoWeek> tooOld) {
  WeeksToSend {
    toSend = List.copyOf(toSend);
    tooOld = List.copyOf(tooOld);
  }

  /** Only the due week: nothing was missed, or nothing was ever recorded to miss. */
  static WeeksToSend only(IsoWeek due) {
    return new WeeksToSend(List.of(due), List.of());
  }

  /**
   * The weeks from {@code first} to {@code due}, the last {@code max} of them sent and the rest too
   * old; the due week alone when {@code first} is after it.
   */
  static WeeksToSend from(IsoWeek first, IsoWeek due, int max) {
    IsoWeek oldestSent = due.minus(max - 1);
    List<IsoWeek> toSend = new ArrayList<>();
    List<IsoWeek> tooOld = new ArrayList<>();
    for (IsoWeek week = first; week.compareTo(due) <= 0; week = week.plus(1)) {
      (week.compareTo(oldestSent) < 0 ? tooOld : toSend).add(week);
    }
    return toSend.isEmpty() ? only(due) : new WeeksToSend(toSend, tooOld);
  }
}
