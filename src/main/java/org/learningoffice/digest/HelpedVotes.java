package org.learningoffice.digest;

import java.util.Collection;
import java.util.Map;

/**
 * How many "helped" votes lessons got where they were fed forward to later orders. Feed forward
 * binds the real one; without it, none.
 */
public interface HelpedVotes {
  /** The "helped" votes of these lessons, by lesson id; lessons without one may be left out. */
  Map<Long, Integer> helped(Collection<Long> lessonIds);
}
