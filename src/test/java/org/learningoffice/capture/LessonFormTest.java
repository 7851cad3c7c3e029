package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.SetBy;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** The lesson form over real HTTP against the whole application, on H2 and PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class LessonFormTest {
  private static final Map<String, String> LESSON =
      Map.of(
          "title", "Welding fixture took three days",
          "text",
              "The welding fixture for the frame had to be designed from scratch for this order.",
          "stage", "ENGINEERING",
          "author", "Ann Berg");

  private final TestApp app;

  LessonFormTest(TestDatabase.Kind kind) {
    app = FormFixtures.app(kind);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private List<Lesson> lessonsOf(String issueId) {
    long orderId = app.get(OrderRepository.class).findByIssueId(issueId).orElseThrow().id();
    return app.get(LessonRepository.class).ofOrder(orderId);
  }

  @Test
  void formShowsTheOrderAndSetsTheCsrfCookie() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    HttpResponse<String> page = FormClient.browser(app).get(token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("ORD-42")
        .contains("Pump skid for Acme &lt;Nordic&gt; &amp; &quot;Sons&quot;")
        .contains("Acme Oy")
        .contains("ETO")
        .contains("High (Expedited)")
        .contains("None yet");
    assertThat(page.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("lo_form=").contains("HttpOnly"));
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(FormClient.hidden(page.body())).containsOnlyKeys("csrf", "nonce");
  }

  @Test
  void submittedLessonIsStoredAndConfirmedWithAddAnother() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    HttpResponse<String> done = FormClient.browser(app).submit(token, LESSON);

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("your lesson is saved")
        .contains("Welding fixture took three days")
        .contains("href=\"/capture/" + token + "\"")
        .contains("Add another lesson");
    List<Lesson> lessons = lessonsOf("10042");
    assertThat(lessons).hasSize(1);
    Lesson lesson = lessons.get(0);
    assertThat(lesson.author()).isEqualTo("Ann Berg");
    assertThat(lesson.stage()).contains(Stage.ENGINEERING);
    assertThat(lesson.timing()).isEqualTo(Timing.RETROSPECTIVE);
    assertThat(lesson.unit().setBy()).isEqualTo(SetBy.CLASSIFIER);
    assertThat(lesson.type().setBy()).isEqualTo(SetBy.CLASSIFIER);
    assertThat(lesson.direction().setBy()).isEqualTo(SetBy.CLASSIFIER);
    assertThat(lesson.proposedAction()).isEmpty();
  }

  @Test
  void lessonOnAnOpenOrderIsRealTime() {
    String token = FormFixtures.order(app, "10043", "ORD-43", false);

    assertThat(FormClient.browser(app).submit(token, LESSON).statusCode()).isEqualTo(200);

    assertThat(lessonsOf("10043"))
        .singleElement()
        .extracting(Lesson::timing)
        .isEqualTo(Timing.REAL_TIME);
  }

  @Test
  void untouchedPreselectionCountsAsClassifierAndAChangedOneAsPerson() throws Exception {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    JsonNode suggested =
        browser.suggestions(
            token,
            Map.of(
                "title", LESSON.get("title"), "text", LESSON.get("text"), "stage", "ENGINEERING"));
    assertThat(suggested.path("unit").path("label").asText()).isNotEmpty();
    String unit = suggested.path("unit").path("label").asText();
    boolean unitPreselected = suggested.path("unit").path("preselect").asBoolean();
    String otherType =
        suggested.path("type").path("label").asText().equals("EXPLOITATION")
            ? "EXPLORATION"
            : "EXPLOITATION";
    Map<String, String> fields = new java.util.HashMap<>(LESSON);
    fields.put("unit", unit);
    fields.put("type", otherType);
    fields.put("action", "Keep the fixture drawing as a template");

    assertThat(browser.submit(token, fields).statusCode()).isEqualTo(200);

    Lesson lesson = lessonsOf("10042").get(0);
    assertThat(lesson.unit().setBy()).isEqualTo(unitPreselected ? SetBy.CLASSIFIER : SetBy.PERSON);
    assertThat(lesson.type().setBy()).isEqualTo(SetBy.PERSON);
    assertThat(lesson.type().value().name()).isEqualTo(otherType);
    assertThat(lesson.type().confidence()).isEmpty();
    assertThat(lesson.direction().setBy()).isEqualTo(SetBy.CLASSIFIER);
    assertThat(lesson.proposedAction()).contains("Keep the fixture drawing as a template");
  }

  @Test
  void severalPeopleContributeToOneOrderEachKeepingTheirName() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> second = new java.util.HashMap<>(LESSON);
    second.put("title", "Customer changed the flange late");
    second.put("text", "The customer changed the flange standard after order entry.");
    second.put("author", "Bo Lind");

    assertThat(FormClient.browser(app).submit(token, LESSON).statusCode()).isEqualTo(200);
    assertThat(FormClient.browser(app).submit(token, second).statusCode()).isEqualTo(200);

    assertThat(lessonsOf("10042"))
        .extracting(Lesson::author)
        .containsExactly("Ann Berg", "Bo Lind");
    String page = FormClient.browser(app).get(token).body();
    assertThat(page)
        .contains("Lessons already given (2)")
        .contains("Welding fixture took three days")
        .contains("Customer changed the flange late")
        .contains("Bo Lind");
  }

  @Test
  void lessonLikeEarlierOnesIsRecurrentAndNamesThem() {
    String first = FormFixtures.order(app, "10041", "ORD-41", true);
    String second = FormFixtures.order(app, "10042", "ORD-42", true);
    String third = FormFixtures.order(app, "10043", "ORD-43", true);
    Map<String, String> lesson =
        Map.of(
            "title", "Flange drawings arrived late from the customer",
            "text", "Flange drawings arrived late from the customer and held up the welding.",
            "author", "Ann Berg");
    assertThat(FormClient.browser(app).submit(first, lesson).statusCode()).isEqualTo(200);
    app.clock().advance(Duration.ofDays(1));
    HttpResponse<String> once = FormClient.browser(app).submit(second, lesson);
    app.clock().advance(Duration.ofDays(1));

    HttpResponse<String> done = FormClient.browser(app).submit(third, lesson);

    assertThat(once.body())
        .as("one earlier lesson alike: worded as not recurring yet, not as others learned it")
        .contains("Not recurring yet: 1 earlier lesson alike")
        .doesNotContain("Others learned this before")
        .doesNotContain("Sporadic");
    assertThat(done.body())
        .contains("Others learned this before:")
        .contains("Recurring: 2 earlier lessons say much the same");
    Lesson stored = lessonsOf("10043").get(0);
    assertThat(stored.recurrence()).isEqualTo(Recurrence.RECURRENT);
    assertThat(app.get(LessonRepository.class).similarTo(stored.id())).hasSize(2);
    assertThat(lessonsOf("10041").get(0).recurrence()).isEqualTo(Recurrence.SPORADIC);
  }
}
