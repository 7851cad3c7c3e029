package org.learningoffice.store;

/**
 * The short text of an error as kept in a queue row: class and message, cleaned of what a database
 * refuses or a log reader cannot see (NUL and other control characters, lone surrogates) and
 * bounded to the column.
 */
public final class ErrorText {
  /** The length of a queue row's {@code last_error} column. */
  public static final int MAX = 2000;

  private ErrorText() {}

  public static String of(Throwable error) {
    return clean(error.getClass().getSimpleName() + ": " + error.getMessage());
  }

  /**
   * The error's class alone: what a row keeps when even the cleaned text could not be stored, so
   * that the row still moves on (retried later or parked) instead of blocking its queue.
   */
  public static String classOnly(Throwable error) {
    return error.getClass().getName() + " (its message could not be stored)";
  }

  static String clean(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX));
    for (int i = 0; i < text.length() && out.length() < MAX - 1; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out.length() + 2 > MAX - 1) {
          break;
        }
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (Character.isISOControl(c)) {
        out.append(c == '\u0000' ? "\\0" : " ");
      } else {
        out.append(c);
      }
    }
    return out.length() < text.length() && out.length() >= MAX - 1 ? out + "…" : out.toString();
  }
}
