package org.learningoffice.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress bar on one terminal line, redrawn in place ({@code \r}) at most every quarter second:
 * {@code [#######.............] 120/500 24% 35.2/s 00:03}.
 */
final class ProgressLine {
  private static final int WIDTH = 20;
  private static final long REDRAW_NANOS = Duration.ofMillis(250).toNanos();

  private final PrintWriter out;
  private long lastDrawn = Long.MIN_VALUE;
  private boolean drawn;
  private String pending;

  ProgressLine(PrintWriter out) {
    this.out = out;
  }

  /**
   * Redraws unless it was redrawn a moment ago; the last update is always drawn by {@link #done}.
   */
  void update(long done, long total, double rate, Duration elapsed) {
    long now = System.nanoTime();
    if (drawn && now - lastDrawn < REDRAW_NANOS) {
      pending = line(done, total, rate, elapsed);
      return;
    }
    draw(line(done, total, rate, elapsed));
    lastDrawn = now;
  }

  /** Draws the last update and ends the line; does nothing more when called again. */
  void done() {
    if (pending != null) {
      draw(pending);
    }
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
    }
  }

  private void draw(String line) {
    out.print('\r');
    out.print(line);
    out.flush();
    drawn = true;
    pending = null;
  }

  static String line(long done, long total, double rate, Duration elapsed) {
    int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    long percent = total <= 0 ? 100 : Math.min(100, done * 100 / total);
    long seconds = elapsed.toSeconds();
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%d %3d%% %.1f/s %02d:%02d",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        percent,
        rate,
        seconds / 60,
        seconds % 60);
  }
}
