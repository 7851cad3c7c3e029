package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.feedforward.FeedForwardStore;
import org.learningoffice.feedforward.RankedLesson;
import org.learningoffice.feedforward.Vote;
import org.learningoffice.jira.Document;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.web.HtmlText;

/**
 * "One year ago this week" in the digest and on the dashboard: of the lessons captured 52 weeks
 * before the week shown, the most helped, else a recurrent one, else none.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class YearAgoTest {
  /** 2026-W48 (the digest's week) less 52 weeks: 2025-W48, Monday 24 Nov 2025. */
  private static final IsoWeek THEN = new IsoWeek(2025, 48);

  private static final Instant TUESDAY_THEN = Instant.parse("2025-11-25T10:00:00Z");

  private final TestDatabase db;
  private final TestApp app;
  private final Seed seed;
  private final long order;
  private int receivers;

  YearAgoTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    app = DigestFixtures.app().database(db).start();
    seed = new Seed(app.database());
    order = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, TUESDAY_THEN);
  }

  @AfterEach
  void close() throws Exception {
    Closing.all(app, db);
  }

  private long lesson(L l) {
    return seed.lesson(order, l);
  }

  /** Feeds the lesson forward to {@code orders} new orders, each voting {@code vote}. */
  private void voted(long lessonId, Vote vote, int orders) {
    FeedForwardStore store = app.get(FeedForwardStore.class);
    List<LessonWithOrder> found = new ArrayList<>();
    app.get(LessonSearch.class)
        .each(
            LessonSearch.Filter.all(),
            l -> {
              if (l.lesson().id() == lessonId) {
                found.add(l);
              }
            });
    for (int i = 0; i < orders; i++) {
      long receiver =
          seed.order("NEW-" + (++receivers), "New", Strategy.ETO, PriorityClass.STANDARD, null);
      Instant now = app.clock().instant();
      store.record(
          receiver,
          URI.create("https://lo.example.com/related/x" + receivers),
          List.of(new RankedLesson(found.get(0), 0.5)),
          now);
      assertThat(store.vote(receiver, lessonId, vote, now)).isTrue();
    }
  }

  private Optional<YearAgoLesson.Pick> pick() {
    return app.get(YearAgoLesson.class).pick(DigestFixtures.WEEK);
  }

  @Test
  void theYearBeforeIsTheSameIsoWeekOfTheYearBefore() {
    assertThat(YearAgoLesson.yearBefore(DigestFixtures.WEEK)).isEqualTo(THEN);
    assertThat(DigestFixtures.WEEK.minus(52)).isEqualTo(THEN);
    // after 2026, a 53-week year, that is 53 weeks back
    assertThat(YearAgoLesson.yearBefore(new IsoWeek(2027, 10))).isEqualTo(new IsoWeek(2026, 10));
    assertThat(YearAgoLesson.yearBefore(new IsoWeek(2027, 1))).isEqualTo(new IsoWeek(2026, 1));
    // 2025 has no week 53: its last week stands in
    assertThat(YearAgoLesson.yearBefore(new IsoWeek(2026, 53))).isEqualTo(new IsoWeek(2025, 52));
  }

  @Test
  void theMostHelpedLessonBeatsRecurrentOnes() {
    lesson(L.of("Plain", TUESDAY_THEN));
    long recurrent = lesson(L.of("Recurrent", TUESDAY_THEN.plusSeconds(60)).recurrent());
    long once = lesson(L.of("Helped once", TUESDAY_THEN.plusSeconds(120)));
    long twice = lesson(L.of("Helped twice", TUESDAY_THEN.plusSeconds(180)));
    voted(recurrent, Vote.NOT_RELEVANT, 3);
    voted(once, Vote.HELPED, 1);
    voted(twice, Vote.HELPED, 2);

    YearAgoLesson.Pick pick = pick().orElseThrow();

    assertThat(pick.lesson().title()).isEqualTo("Helped twice");
    assertThat(pick.helped()).isEqualTo(2);
    assertThat(pick.week()).isEqualTo(THEN);
    assertThat(pick.reason()).isEqualTo("it helped 2 later orders");
  }

  @Test
  void withoutHelpedVotesARecurrentLessonIsRecalled() {
    lesson(L.of("Plain", TUESDAY_THEN));
    long recurrent = lesson(L.of("Recurrent", TUESDAY_THEN.plusSeconds(60)).recurrent());
    voted(recurrent, Vote.NOT_RELEVANT, 1);

    YearAgoLesson.Pick pick = pick().orElseThrow();

    assertThat(pick.lesson().title()).isEqualTo("Recurrent");
    assertThat(pick.forVotes()).isFalse();
    assertThat(pick.reason()).contains("recurred");
  }

  @Test
  void nothingIsRecalledWhenTheYearAgoWeekHasNoHelpedOrRecurrentLesson() {
    assertThat(pick()).as("an empty week").isEmpty();

    lesson(L.of("Plain", TUESDAY_THEN));
    // helped and recurrent lessons just outside the week do not count
    long before = lesson(L.of("Week before", Instant.parse("2025-11-23T12:00:00Z")));
    voted(before, Vote.HELPED, 1);
    lesson(L.of("Week after", Instant.parse("2025-12-01T12:00:00Z")).recurrent());

    assertThat(pick()).isEmpty();
    assertThat(section(DigestFixtures.WEEK)).isEmpty();
  }

  private Optional<Outline.Section> section(IsoWeek week) {
    return app.get(DigestService.class).build(week).contributed().stream()
        .filter(s -> s.title().equals(YearAgoSection.TITLE))
        .findFirst();
  }

  @Test
  void everyDigestFormatShowsTheLessonEscaped() throws Exception {
    long hostile = lesson(L.of(Hostile.TITLE, TUESDAY_THEN).body(Hostile.BODY).recurrent());
    voted(hostile, Vote.HELPED, 1);
    // the digest's week needs something of its own to be a digest at all
    lesson(L.of("This week", Instant.parse("2026-11-24T10:00:00Z")));

    Digest digest = app.get(DigestService.class).build(DigestFixtures.WEEK);
    assertThat(section(DigestFixtures.WEEK)).isPresent();

    String html = app.get(HtmlRenderer.class).render(digest, Optional.empty());
    assertThat(html)
        .contains("One year ago this week")
        .contains(HtmlText.escape(Hostile.TITLE))
        .contains("it helped 1 later order")
        .doesNotContain("<img src=x");
    String text = app.get(TextRenderer.class).render(digest, Optional.empty());
    assertThat(text).contains("One year ago this week").contains(Hostile.TITLE);
    ObjectMapper json = new ObjectMapper();
    String slack = json.writeValueAsString(app.get(SlackRenderer.class).render(digest));
    assertThat(slack).contains("One year ago this week").doesNotContain("<!here>");
    String teams = json.writeValueAsString(app.get(TeamsRenderer.class).render(digest));
    assertThat(teams).contains("One year ago this week");
    // the Jira issue's document holds the text as typed; ADF and wiki markup escape it
    Document jira = app.get(JiraIssueRenderer.class).render(digest, "LO", "Task").description();
    assertThat(jira.blocks())
        .contains(Document.Heading.of(2, Document.text("One year ago this week")));
    assertThat(jira.toString()).contains(Hostile.TITLE);
  }

  @Test
  void theDashboardShowsTheLessonOfTheWeekAYearBefore() throws Exception {
    long hostile = lesson(L.of(Hostile.TITLE, TUESDAY_THEN).body(Hostile.BODY).recurrent());

    String w48 = dashboard("2026-W48");
    assertThat(w48)
        .contains("<section id=\"one-year-ago\">")
        .contains("One year ago this week (2025-W48)")
        .contains("&lt;img src=x onerror=alert(1)&gt; &amp; *ping* &lt;!here&gt;")
        .doesNotContain("<img src=x");
    assertThat(dashboard("2026-W47")).doesNotContain("id=\"one-year-ago\"");

    voted(hostile, Vote.HELPED, 2);
    assertThat(dashboard("2026-W48")).contains("it helped 2 later orders");
  }

  private String dashboard(String week) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/office?week=" + week))
                    .header("Authorization", "Bearer " + DigestFixtures.ACCESS_TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }
}
