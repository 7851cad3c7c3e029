package org.learningoffice.classify;

/** A classifier problem a user can act on: bad vocabulary file, unreadable lessons, bad model. */
public class ClassifyException extends RuntimeException {

  public ClassifyException(String message) {
    super(message);
  }

  public ClassifyException(String message, Throwable cause) {
    super(message, cause);
  }
}
