package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** {@code GET /api/digest/{week}} and {@code GET /api/lessons} over real HTTP. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OfficeApiTest {
  private final TestDatabase.Kind kind;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private TestDatabase db;
  private TestApp app;
  private Seed seed;

  OfficeApiTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void open() {
    db = TestDatabase.open(kind);
    app = DigestFixtures.app().database(db).start();
    seed = new Seed(app.database());
    Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
    long eto = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.EXPEDITED, tuesday);
    long mts = seed.order("ORD-2", "Valve", Strategy.MTS, PriorityClass.STANDARD, tuesday);
    seed.lesson(eto, L.of("Welding fixture 100% new", tuesday).type(LessonType.EXPLORATION));
    seed.lesson(mts, L.of("Stock count", tuesday).unit(Unit.BACK_OFFICE));
    seed.lesson(mts, L.of("Old one", Instant.parse("2026-10-01T10:00:00Z")).unit(Unit.BACK_OFFICE));
  }

  @AfterEach
  void close() throws Exception {
    Closing.all(app, db);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutTheAccessTokenTheApiAnswers401() throws Exception {
    assertThat(get("/api/digest/2026-W48", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/lessons", "wrong-token-wrong-token-wrong").statusCode()).isEqualTo(401);
    assertThat(get("/api/lessons", null).headers().firstValue("WWW-Authenticate"))
        .contains("Bearer");
  }

  @Test
  void digestPreviewIsTheModelAsJson() throws Exception {
    HttpResponse<String> r = get("/api/digest/2026-W48", DigestFixtures.ACCESS_TOKEN);

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode digest = json.readTree(r.body());
    assertThat(digest.at("/totals/ordersClosed").asInt()).isEqualTo(2);
    assertThat(digest.at("/totals/lessonsCaptured").asInt()).isEqualTo(2);
    assertThat(get("/api/digest/2026-W99", DigestFixtures.ACCESS_TOKEN).statusCode())
        .isEqualTo(400);
  }

  @Test
  void lessonsAreFilteredByWeekFacetsOrderAndText() throws Exception {
    String token = DigestFixtures.ACCESS_TOKEN;

    assertThat(titles(get("/api/lessons", token))).hasSize(3);
    assertThat(titles(get("/api/lessons?week=2026-W48", token)))
        .containsExactlyInAnyOrder("Welding fixture 100% new", "Stock count");
    assertThat(titles(get("/api/lessons?unit=back-office&week=2026-W48", token)))
        .containsExactly("Stock count");
    assertThat(titles(get("/api/lessons?type=EXPLORATION", token)))
        .containsExactly("Welding fixture 100% new");
    assertThat(titles(get("/api/lessons?strategy=MTS", token))).hasSize(2);
    assertThat(titles(get("/api/lessons?priority=expedited", token))).hasSize(1);
    assertThat(titles(get("/api/lessons?stage=ENGINEERING&limit=1", token))).hasSize(1);
    assertThat(titles(get("/api/lessons?text=100%25", token)))
        .containsExactly("Welding fixture 100% new");
    assertThat(titles(get("/api/lessons?text=x%25", token))).isEmpty();
    assertThat(get("/api/lessons?unit=nowhere", token).statusCode()).isEqualTo(400);
  }

  @Test
  void pagesFollowTheCursorWithNoLessonTwiceWhenNewOnesArriveBetweenPages() throws Exception {
    String token = DigestFixtures.ACCESS_TOKEN;
    JsonNode first = json.readTree(get("/api/lessons?limit=2", token).body());
    assertThat(first.get("lessons")).hasSize(2);
    String next = first.get("next").asText();
    // a lesson written while the client reads: offset paging would show the second one again
    long later = seed.order("ORD-3", "Mixer", Strategy.MTO, PriorityClass.STANDARD, Instant.now());
    seed.lesson(later, L.of("Written meanwhile", Instant.parse("2026-11-30T10:00:00Z")));

    HttpResponse<String> second = get("/api/lessons?limit=2&cursor=" + next, token);

    assertThat(titles(second)).containsExactly("Old one");
    assertThat(json.readTree(second.body()).has("next")).isFalse();
    java.util.List<String> seen = new java.util.ArrayList<>();
    first.get("lessons").forEach(l -> seen.add(l.get("title").asText()));
    assertThat(seen).doesNotContain("Old one", "Written meanwhile");
  }

  @Test
  void aFullLastPageHasNoNextCursor() throws Exception {
    JsonNode page = json.readTree(get("/api/lessons?limit=3", DigestFixtures.ACCESS_TOKEN).body());

    assertThat(page.get("lessons")).hasSize(3);
    assertThat(page.has("next")).isFalse();
  }

  @Test
  void aForgedCursorOrACursorWithAnOffsetIsRefusedWith400() throws Exception {
    String token = DigestFixtures.ACCESS_TOKEN;
    String next = json.readTree(get("/api/lessons?limit=1", token).body()).get("next").asText();

    assertThat(get("/api/lessons?cursor=not-a-cursor", token).statusCode()).isEqualTo(400);
    assertThat(get("/api/lessons?cursor=" + next + "&offset=1", token).statusCode()).isEqualTo(400);
    assertThat(get("/api/lessons?cursor=" + next, token).statusCode()).isEqualTo(200);
  }

  private java.util.List<String> titles(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    java.util.List<String> titles = new java.util.ArrayList<>();
    json.readTree(r.body()).get("lessons").forEach(l -> titles.add(l.get("title").asText()));
    return titles;
  }
}
