package org.learningoffice.testing;

/** Closes what a test opened, in order, whether or not each part was opened. */
public final class Closing {
  private Closing() {}

  /**
   * Closes each non-null resource in the order given (a field stays null when a PostgreSQL variant
   * is skipped before it is opened). Every one is tried; the first failure is thrown after, with
   * the others suppressed on it.
   */
  public static void all(AutoCloseable... resources) throws Exception {
    Exception first = null;
    for (AutoCloseable resource : resources) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
