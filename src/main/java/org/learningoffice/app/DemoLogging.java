package org.learningoffice.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's own output on stdout tells the story; the service's progress logs (INFO) would only
 * interleave with it on the terminal, so a demo logs warnings only unless {@code --verbose}.
 */
final class DemoLogging {
  private DemoLogging() {}

  static void warningsOnly() {
    if (LoggerFactory.getLogger("org.learningoffice") instanceof Logger logback) {
      logback.setLevel(Level.WARN);
    }
  }
}
