package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.testing.TestDatabase;
import org.slf4j.LoggerFactory;

/**
 * A failing statement's error, as logged and as kept in a queue row, names the statement but never
 * the values bound to it: those are webhook bodies, lesson texts, e-mail addresses.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class DatabaseErrorLoggingTest {
  private static final String LESSON_TEXT = "the welder said 0xC0FFEE-lesson-text-never-logged";

  private final TestDatabase.Kind kind;
  private final TestDatabase db;

  DatabaseErrorLoggingTest(TestDatabase.Kind kind) {
    this.kind = kind;
    this.db = TestDatabase.open(kind);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** What a log line about {@code error} shows: its message and every cause's, with stacks. */
  private static String logged(Throwable error) {
    Logger log = (Logger) LoggerFactory.getLogger(DatabaseErrorLoggingTest.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    log.addAppender(appender);
    try {
      log.error("the statement failed", error);
    } finally {
      log.detachAppender(appender);
    }
    ILoggingEvent event = appender.list.get(0);
    return event.getFormattedMessage()
        + "\n"
        + ThrowableProxyUtil.asString(event.getThrowableProxy());
  }

  @Test
  void aFailingStatementsErrorNamesTheStatementButNotItsBoundValues() {
    Throwable error =
        catchThrowable(
            () ->
                db.database()
                    .jdbi()
                    .useHandle(
                        h ->
                            h.createUpdate(
                                    "UPDATE lessons SET no_such_column = :text WHERE id = :id")
                                .bind("text", LESSON_TEXT)
                                .bind("id", 7)
                                .execute()));

    assertThat(error).isNotNull();
    assertThat(logged(error)).doesNotContain(LESSON_TEXT).containsIgnoringCase("no_such_column");
    assertThat(ErrorText.of(error)).doesNotContain(LESSON_TEXT);
  }

  @Test
  void aUniqueViolationOnPostgresqlDoesNotQuoteTheDuplicateValue() {
    assumeTrue(kind == TestDatabase.Kind.POSTGRES, "H2 quotes the key in its own message");
    Throwable error =
        catchThrowable(
            () ->
                db.database()
                    .jdbi()
                    .useHandle(
                        h -> {
                          h.execute("CREATE TABLE probe_unique (v VARCHAR(200) UNIQUE)");
                          for (int i = 0; i < 2; i++) {
                            h.createUpdate("INSERT INTO probe_unique (v) VALUES (:v)")
                                .bind("v", LESSON_TEXT)
                                .execute();
                          }
                        }));

    assertThat(error).isNotNull();
    assertThat(logged(error)).doesNotContain(LESSON_TEXT).contains("probe_unique");
    assertThat(ErrorText.of(error)).doesNotContain(LESSON_TEXT);
  }
}
