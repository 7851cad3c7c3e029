package org.learningoffice.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each fuzz target {@code -Dfuzz.minutes=N} minutes (the {@code fuzz} profile; a fraction
 * such as {@code 0.5} is fine): Jazzer's JUnit integration passes the configuration parameters
 * {@code jazzer.internal.arg.N} to libFuzzer after its own flags, so a {@code -max_total_time}
 * there overrides {@code @FuzzTest}'s maxDuration. Does nothing without {@code fuzz.minutes}, so
 * regression runs are untouched.
 */
public final class FuzzBudget implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String minutes = System.getProperty("fuzz.minutes", "").strip();
    if (minutes.isEmpty() || System.getProperty("jazzer.internal.arg.0") != null) {
      return;
    }
    long seconds;
    try {
      seconds = Math.round(Double.parseDouble(minutes) * 60);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fuzz.minutes must be a number: " + minutes, e);
    }
    if (seconds < 1) { // libFuzzer reads -max_total_time=0 as "no limit"
      throw new IllegalArgumentException("fuzz.minutes must be at least one second: " + minutes);
    }
    System.setProperty("jazzer.internal.arg.0", "fuzz");
    System.setProperty("jazzer.internal.arg.1", "-max_total_time=" + seconds);
  }
}
