package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * Recurrence through the real form: a lesson recurs when lessons of other orders say much the same,
 * never because colleagues wrote up the same incident on the same order.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class RecurrenceAcrossOrdersTest {
  private static final List<Map<String, String>> FLANGE_DRAWINGS_LATE =
      List.of(
          Map.of(
              "title", "Flange drawings came late",
              "text", "The flange drawings came two weeks late from the customer.",
              "author", "Ann"),
          Map.of(
              "title", "Late flange drawings",
              "text", "Flange drawings from the customer came two weeks late.",
              "author", "Bo"),
          Map.of(
              "title", "Customer flange drawings late",
              "text", "The customer sent the flange drawings two weeks late.",
              "author", "Cy"));

  private final TestApp app;

  RecurrenceAcrossOrdersTest(TestDatabase.Kind kind) {
    app = FormFixtures.app(kind);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private HttpResponse<String> submit(String token, Map<String, String> lesson) {
    HttpResponse<String> page = FormClient.browser(app).submit(token, lesson);
    assertThat(page.statusCode()).isEqualTo(200);
    app.clock().advance(Duration.ofMinutes(5));
    return page;
  }

  private List<Lesson> lessonsOf(String issueId) {
    long orderId = app.get(OrderRepository.class).findByIssueId(issueId).orElseThrow().id();
    return app.get(LessonRepository.class).ofOrder(orderId);
  }

  private List<String> similarTitles(Lesson lesson) {
    return app.get(LessonRepository.class).similarTo(lesson.id()).stream()
        .map(SimilarEarlier::title)
        .toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void threeWriteUpsOfOneIncidentOnOneOrderAreNotARecurrence() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    submit(token, FLANGE_DRAWINGS_LATE.get(0));
    submit(token, FLANGE_DRAWINGS_LATE.get(1));

    HttpResponse<String> third = submit(token, FLANGE_DRAWINGS_LATE.get(2));
    JsonNode live =
        FormClient.browser(app)
            .suggestions(
                token,
                Map.of("title", "Drawings late again", "text", "The flange drawings came late."));

    assertThat(app.texts("SELECT recurrence FROM lessons ORDER BY id"))
        .as("recurrence of three lessons, all on ORD-42")
        .containsExactly("SPORADIC", "SPORADIC", "SPORADIC");
    assertThat(app.count("SELECT COUNT(*) FROM lesson_similar")).isZero();
    assertThat(third.body()).contains("First of its kind").doesNotContain("Not recurring yet");
    assertThat(live.get("recurrence").asText()).isEqualTo("SPORADIC");
    assertThat(live.get("similar")).isEmpty();
  }

  @Test
  void theSameIncidentOnTwoOtherOrdersMakesALessonRecurrentWithTheirLessonsOnly() {
    String first = FormFixtures.order(app, "10041", "ORD-41", true);
    String second = FormFixtures.order(app, "10042", "ORD-42", true);
    String third = FormFixtures.order(app, "10043", "ORD-43", true);
    submit(first, FLANGE_DRAWINGS_LATE.get(0));
    submit(second, FLANGE_DRAWINGS_LATE.get(1));

    JsonNode live = FormClient.browser(app).suggestions(third, FLANGE_DRAWINGS_LATE.get(2));
    HttpResponse<String> stored = submit(third, FLANGE_DRAWINGS_LATE.get(2));
    submit(
        third,
        Map.of(
            "title",
            "Flange drawings late",
            "text",
            "Flange drawings late again.",
            "author",
            "Di"));

    assertThat(live.get("recurrence").asText()).isEqualTo("RECURRENT");
    assertThat(texts(live.get("similar")))
        .containsExactlyInAnyOrder("Flange drawings came late", "Late flange drawings");
    assertThat(stored.body()).contains("Recurring: 2 earlier lessons say much the same");
    List<Lesson> onThird = lessonsOf("10043");
    assertThat(onThird)
        .extracting(Lesson::recurrence)
        .containsExactly(Recurrence.RECURRENT, Recurrence.RECURRENT);
    assertThat(similarTitles(onThird.get(1)))
        .as("a colleague's lesson on the same order is no earlier occurrence")
        .containsExactlyInAnyOrder("Flange drawings came late", "Late flange drawings");
    assertThat(lessonsOf("10041")).extracting(Lesson::recurrence).containsOnly(Recurrence.SPORADIC);
    assertThat(lessonsOf("10042")).extracting(Lesson::recurrence).containsOnly(Recurrence.SPORADIC);
  }

  @Test
  void twoWriteUpsOfOneIncidentOnAnotherOrderAreOneEarlierOccurrence() {
    String first = FormFixtures.order(app, "10041", "ORD-41", true);
    String second = FormFixtures.order(app, "10042", "ORD-42", true);
    submit(first, FLANGE_DRAWINGS_LATE.get(0));
    submit(first, FLANGE_DRAWINGS_LATE.get(1));

    JsonNode live = FormClient.browser(app).suggestions(second, FLANGE_DRAWINGS_LATE.get(2));
    HttpResponse<String> stored = submit(second, FLANGE_DRAWINGS_LATE.get(2));

    assertThat(live.get("recurrence").asText()).isEqualTo("SPORADIC");
    assertThat(texts(live.get("similar")))
        .containsExactlyInAnyOrder("Flange drawings came late", "Late flange drawings");
    assertThat(lessonsOf("10042")).extracting(Lesson::recurrence).containsOnly(Recurrence.SPORADIC);
    assertThat(stored.body())
        .contains(
            "Not recurring yet: 2 earlier lessons of 1 other order alike,"
                + " recurring from 2 other orders");
  }
}
