package org.learningoffice.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each fuzz target {@code -Dfuzz.minutes=N} minutes (the {@code fuzz} profile): Jazzer's
 * JUnit integration passes the configuration parameters {@code jazzer.internal.arg.N} to libFuzzer
 * after its own flags, so a {@code -max_total_time} there overrides {@code @FuzzTest}'s
 * maxDuration. Does nothing without {@code fuzz.minutes}, so regression runs are untouched.
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
      seconds = Math.multiplyExact(Long.parseLong(minutes), 60L);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("fuzz.minutes must be a whole number: " + minutes, e);
    }
    System.setProperty("jazzer.internal.arg.0", "fuzz");
    System.setProperty("jazzer.internal.arg.1", "-max_total_time=" + seconds);
  }
}
