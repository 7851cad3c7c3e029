package org.learningoffice.digest.delivery;

import java.time.Duration;

/**
 * How often the scheduler checks for a due digest, and how long a claimed delivery is held before
 * another instance may take over one that was never handed to its channel.
 */
public record DigestTiming(Duration checkInterval, Duration lease) {
  public static final DigestTiming DEFAULT =
      new DigestTiming(Duration.ofMinutes(1), Duration.ofMinutes(10));
}
