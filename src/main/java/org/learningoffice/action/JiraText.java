package org.learningoffice.action;

import java.util.Optional;
import org.learningoffice.store.StorableText;

/**
 * Text read from Jira (a status name, a person's display name) made to fit its column: cut to the
 * column's length at a whole character, and left out when the store could not hold it.
 */
final class JiraText {
  private JiraText() {}

  static Optional<String> fit(Optional<String> text, int columnChars) {
    return text.map(String::strip)
        .filter(t -> !t.isEmpty() && StorableText.isStorable(t))
        .map(t -> cut(t, columnChars));
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
