package org.learningoffice.store;

/** The database cannot be reached or used; the message says what to check. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean missing;

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  StoreException(String message, Throwable cause, boolean missing) {
    super(message, cause);
    this.missing = missing;
  }

  /** True when the database is simply not there yet (an embedded file never created). */
  public boolean isMissing() {
    return missing;
  }
}
