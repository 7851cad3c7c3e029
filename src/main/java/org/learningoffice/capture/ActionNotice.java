package org.learningoffice.capture;

import java.util.Objects;

/**
 * What the form says after its action button was pressed, and the HTTP status it comes back with:
 * 200 for a request taken, 404 or 409 for one that could not be (the form still comes back, with
 * the lesson being written).
 */
record ActionNotice(String text, int status) {
  ActionNotice {
    Objects.requireNonNull(text, "text");
  }

  static ActionNotice taken(String text) {
    return new ActionNotice(text, 200);
  }

  static ActionNotice refused(int status, String text) {
    return new ActionNotice(text, status);
  }

  boolean isRefusal() {
    return status != 200;
  }
}
