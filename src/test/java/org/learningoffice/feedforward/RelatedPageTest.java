package org.learningoffice.feedforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * The related-lessons page over HTTP: each lesson in full, escaped; votes only with the link, the
 * browser's cookie and the page's CSRF value; one vote per lesson and link, the later replacing it.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class RelatedPageTest {
  private static final Pattern HIDDEN = Pattern.compile("name=\"(csrf|nonce)\" value=\"([^\"]*)\"");

  private final TestDatabase.Kind kind;
  private final HttpClient http = HttpClient.newHttpClient();
  private TestApp app;
  private RelatedFixture fixture;

  RelatedPageTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start() {
    app = TestApp.from("base.yml", "capture-jira.yml").database(kind).build().serveHttp();
    fixture = new RelatedFixture(app);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void thePageShowsEachLessonInFullWithItsTextEscaped() throws Exception {
    HttpResponse<String> page = get(fixture.path(), null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.body())
        .contains("Lessons from earlier orders for ORD-42")
        .contains("Welding fixture drawings came &lt;b&gt;late&lt;/b&gt;")
        .doesNotContain("<b>late</b>")
        .contains("The drawings came two weeks late &amp; nobody asked.")
        .contains("Check the drawings first")
        .contains("/browse/ORD-7");
    assertThat(page.body().indexOf("Welding fixture drawings"))
        .isLessThan(page.body().indexOf("Acme wants weekly calls"));
  }

  @Test
  void aVoteNeedsTheBrowsersCookieAndThePagesCsrfAndASecondVoteReplacesTheFirst() throws Exception {
    HttpResponse<String> page = get(fixture.path(), null);
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    Map<String, String> hidden = hidden(page.body());
    String lesson = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);

    assertThat(vote(lesson, "helped", hidden, null).statusCode())
        .as("without the browser's cookie")
        .isEqualTo(403);
    assertThat(
            vote(lesson, "helped", Map.of("csrf", "x", "nonce", hidden.get("nonce")), cookie)
                .statusCode())
        .as("with a forged CSRF value")
        .isEqualTo(403);
    assertThat(app.count("SELECT COUNT(*) FROM feed_forward_votes")).isZero();

    assertThat(vote(lesson, "helped", hidden, cookie).statusCode()).isEqualTo(303);
    assertThat(vote(lesson, "not-relevant", hidden, cookie).statusCode()).isEqualTo(303);
    assertThat(app.texts("SELECT vote FROM feed_forward_votes")).containsExactly("NOT_RELEVANT");
    assertThat(get(fixture.path(), cookie).body()).contains("This order's answer: not relevant");

    assertThat(vote(lesson, "loved-it", hidden, cookie).statusCode()).isEqualTo(422);
    assertThat(vote("not-a-lesson", "helped", hidden, cookie).statusCode()).isEqualTo(422);
  }

  @Test
  void aFormLinkOrAnAlteredLinkDoesNotOpenThePage() throws Exception {
    String formToken = app.get(FormTokenSigner.class).sign("10042");
    assertThat(get("/related/" + formToken, null).statusCode()).isEqualTo(403);
    String token = fixture.token();
    String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    assertThat(get("/related/" + altered, null).statusCode()).isEqualTo(403);
    assertThat(get("/capture/" + token, null).statusCode())
        .as("nor does the page's link open the form")
        .isEqualTo(403);
  }

  @Test
  void thePageStillOpensSixtyOneDaysAfterItsLinkWasSigned() throws Exception {
    app.clock().advance(Duration.ofDays(61)); // an engineer-to-order order is still in fabrication

    assertThat(get(fixture.path(), null).statusCode())
        .as("past capture.tokenTtl (60 days), within feedForward.linkTtl (365 days)")
        .isEqualTo(200);
  }

  @Test
  void aLinkOlderThanFeedForwardLinkTtlIsRefusedAsExpired() throws Exception {
    app.clock().advance(Duration.ofDays(365));

    HttpResponse<String> page = get(fixture.path(), null);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body())
        .contains("This page cannot be opened")
        .contains("This link has expired.")
        .contains("open the latest link on the order");
  }

  @Test
  void aRefusedVoteSaysTheVoteWasNotRecordedNotThatThePageCannotBeOpened() throws Exception {
    HttpResponse<String> page = get(fixture.path(), null);
    Map<String, String> hidden = hidden(page.body());
    String lesson = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);

    HttpResponse<String> refused = vote(lesson, "helped", hidden, null);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("<h1>This vote was not recorded</h1>")
        .contains("cookies are blocked")
        .doesNotContain("This page cannot be opened");
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> vote(
      String lesson, String vote, Map<String, String> hidden, String cookie)
      throws IOException, InterruptedException {
    String form =
        Map.of(
                "lesson",
                lesson,
                "vote",
                vote,
                "csrf",
                hidden.get("csrf"),
                "nonce",
                hidden.get("nonce"))
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.uri(fixture.path()).toString()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> hidden(String page) {
    Matcher m = HIDDEN.matcher(page);
    Map<String, String> values = new java.util.HashMap<>();
    while (m.find()) {
      values.put(m.group(1), m.group(2));
    }
    return values;
  }
}
