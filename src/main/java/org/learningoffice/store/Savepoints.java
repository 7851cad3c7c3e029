package org.learningoffice.store;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Inserts that may hit a unique key inside a larger transaction. PostgreSQL aborts the whole
 * transaction on a failed statement, so the insert runs under a savepoint that is rolled back when
 * the key is taken.
 */
public final class Savepoints {
  private Savepoints() {}

  /** Runs the insert; returns false (and leaves the transaction usable) when the key is taken. */
  public static boolean insertUnlessDuplicate(
      Handle transaction, String name, Consumer<Handle> insert) {
    transaction.savepoint(name);
    try {
      insert.accept(transaction);
      transaction.releaseSavepoint(name);
      return true;
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      transaction.rollbackToSavepoint(name);
      return false;
    }
  }
}
