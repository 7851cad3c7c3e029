package org.learningoffice.store;

/** The short text of an error as kept in a queue row (class and message, bounded). */
public final class ErrorText {
  private static final int MAX = 2000;

  private ErrorText() {}

  public static String of(Throwable error) {
    String text = error.getClass().getSimpleName() + ": " + error.getMessage();
    return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }
}
