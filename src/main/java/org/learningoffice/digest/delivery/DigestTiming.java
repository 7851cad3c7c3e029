package org.learningoffice.digest.delivery;

import java.time.Duration;

/**
 * How often the scheduler checks for a due digest, how long a claimed delivery is held before
 * another instance may take over one that was never handed to its channel, and how long after its
 * first check the scheduler holds a week back while the order intake catches up on it.
 */
public record DigestTiming(Duration checkInterval, Duration lease, Duration intakeWait) {
  public static final DigestTiming DEFAULT =
      new DigestTiming(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(15));
}
