package org.learningoffice.store;

import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The message of a failed statement's exception: the database's error and the statement as written
 * (named parameters, no values), never the values bound to it. JDBI's default adds them, and they
 * are webhook bodies, lesson texts and e-mail addresses that must not reach a log or a queue row's
 * {@code last_error}.
 */
final class StatementMessages {
  /** Enough of a statement to find it in the code. */
  private static final int STATEMENT_CHARS = 300;

  private StatementMessages() {}

  static String render(StatementException e) {
    String message = e.getShortMessage();
    StatementContext context = e.getStatementContext();
    String sql = context == null ? null : context.getRawSql();
    if (sql == null) {
      return message;
    }
    String statement =
        sql.length() > STATEMENT_CHARS ? sql.substring(0, STATEMENT_CHARS) + "…" : sql;
    return message + " [statement:\"" + statement + "\"]";
  }
}
