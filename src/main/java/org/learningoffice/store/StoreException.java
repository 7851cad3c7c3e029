package org.learningoffice.store;

/** The database cannot be reached or used; the message says what to check. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
