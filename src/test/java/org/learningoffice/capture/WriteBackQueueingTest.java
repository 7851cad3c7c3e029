package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * The contract with the write-back worker: a stored lesson and its {@code WRITE_BACK} job commit
 * together, once per lesson, even when the same POST arrives again or the same lesson is saved
 * again from a new rendering of the form.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class WriteBackQueueingTest {
  private final TestApp app;

  WriteBackQueueingTest(TestDatabase.Kind kind) {
    app = FormFixtures.app(kind);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private static Map<String, String> lesson(Map<String, String> hidden) {
    Map<String, String> fields = new LinkedHashMap<>(hidden);
    fields.put("title", "Late flange drawings");
    fields.put("text", "The flange drawings came two weeks late.");
    fields.put("author", "Ann Berg");
    return fields;
  }

  @Test
  void oneSubmissionQueuesExactlyOneWriteBackJobForItsLesson() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Instant submittedAt = app.clock().instant();

    assertThat(FormClient.browser(app).submit(token, lesson(Map.of())).statusCode()).isEqualTo(200);

    List<Map<String, Object>> lessons = app.rows("SELECT id, public_id, order_id FROM lessons");
    assertThat(lessons).hasSize(1);
    String publicId = (String) lessons.get(0).get("public_id");
    List<Map<String, Object>> jobs =
        app.rows("SELECT job_key, kind, order_id, status, next_attempt_at FROM outbox");
    assertThat(jobs).hasSize(1);
    Map<String, Object> job = jobs.get(0);
    assertThat(job.get("job_key")).isEqualTo("write-back:10042:" + publicId);
    assertThat(job.get("kind")).isEqualTo("WRITE_BACK");
    assertThat(((Number) job.get("order_id")).longValue())
        .isEqualTo(((Number) lessons.get(0).get("order_id")).longValue());
    assertThat(app.text("SELECT payload FROM outbox"))
        .isEqualTo("{\"issueId\":\"10042\",\"issueKey\":\"ORD-42\"}");
    assertThat(job.get("status")).isEqualTo("PENDING");
    assertThat(nextAttempt(job)).isEqualTo(submittedAt.plusSeconds(60));
  }

  @Test
  void aLessonOnAnOrderDeletedInJiraIsKeptWithoutAWriteBackToItsTicket() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    app.execute("UPDATE orders SET status = 'DELETED' WHERE issue_id = '10042'");

    assertThat(FormClient.browser(app).submit(token, lesson(Map.of())).statusCode()).isEqualTo(200);

    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(1);
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();
  }

  @Test
  void replayedPostStoresTheLessonOnceAndQueuesOneJob() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> hidden = FormClient.hidden(browser.get(token).body());
    String body = FormClient.encode(lesson(hidden));

    HttpResponse<String> first = browser.post(token, body);
    HttpResponse<String> again = browser.post(token, body);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("your lesson is saved").contains("Late flange drawings");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(1);
    assertThat(app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'WRITE_BACK'")).isEqualTo(1);
  }

  @Test
  void theSameLessonSavedAgainFromANewRenderingIsStoredOnce() {
    // Back after saving, then Save on the refilled form: a new rendering, so a new nonce.
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);

    HttpResponse<String> first = browser.submit(token, lesson(Map.of()));
    HttpResponse<String> again = browser.submit(token, lesson(Map.of()));

    assertThat(first.body()).doesNotContain("saved-before");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("your lesson is saved")
        .contains("You had saved this lesson already");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(1);
    assertThat(app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'WRITE_BACK'")).isEqualTo(1);
  }

  @Test
  void anotherLessonOrAnotherAuthorFromANewRenderingIsStoredAsItsOwn() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> otherText = new LinkedHashMap<>(lesson(Map.of()));
    otherText.put("text", "The flange drawings came three weeks late.");
    Map<String, String> otherAuthor = new LinkedHashMap<>(lesson(Map.of()));
    otherAuthor.put("author", "Bo Lind");

    browser.submit(token, lesson(Map.of()));
    browser.submit(token, otherText);
    browser.submit(token, otherAuthor);

    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(3);
    assertThat(app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'WRITE_BACK'")).isEqualTo(3);
  }

  private static Instant nextAttempt(Map<String, Object> job) {
    Object value = job.get("next_attempt_at");
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
