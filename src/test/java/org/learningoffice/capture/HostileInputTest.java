package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * What people and attackers may send: markup, oversize fields and bodies, unknown choices, missing
 * CSRF, forged and expired links. Nothing harmful is stored or executed; every refusal says what to
 * do.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class HostileInputTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String HOSTILE_TITLE = "\"><img src=x onerror=alert(1)> & 'quotes'";
  private static final String HOSTILE_TEXT =
      SCRIPT + "\n</textarea><b>bold</b> \"double\" 'single' &amp; <!-- comment -->";

  private final TestApp app;

  HostileInputTest(TestDatabase.Kind kind) {
    app = FormFixtures.app(kind);
  }

  @AfterEach
  void close() {
    app.close();
  }

  private static Map<String, String> valid() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Late flange drawings");
    fields.put("text", "The flange drawings came two weeks late.");
    fields.put("author", "Ann Berg");
    return fields;
  }

  @Test
  void markupIsStoredVerbatimAndShownEscaped() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = valid();
    fields.put("title", HOSTILE_TITLE);
    fields.put("text", HOSTILE_TEXT);
    fields.put("author", "<i>Mallory</i>");
    fields.put("action", SCRIPT);

    HttpResponse<String> done = FormClient.browser(app).submit(token, fields);

    assertThat(done.statusCode()).isEqualTo(200);
    Lesson stored = app.get(LessonRepository.class).ofOrder(orderId()).get(0);
    assertThat(stored.title()).isEqualTo(HOSTILE_TITLE);
    assertThat(stored.text()).isEqualTo(HOSTILE_TEXT);
    assertThat(stored.author()).isEqualTo("<i>Mallory</i>");
    assertThat(stored.proposedAction()).contains(SCRIPT);
    for (String page : new String[] {done.body(), FormClient.browser(app).get(token).body()}) {
      assertThat(page)
          .doesNotContain(SCRIPT)
          .doesNotContain("<img src=x")
          .doesNotContain("<b>bold</b>")
          .doesNotContain("<i>Mallory</i>")
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
          .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;")
          .contains("&lt;i&gt;Mallory&lt;/i&gt;");
    }
  }

  @Test
  void fieldsTooLongAreRefusedFieldByFieldAndTheFormKeepsTheEscapedValues() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = valid();
    fields.put("title", SCRIPT + "x".repeat(121));
    fields.put("text", "y".repeat(5_001));
    fields.put("action", "z".repeat(2_001));

    HttpResponse<String> page = FormClient.browser(app).submit(token, fields);

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("id=\"title-error\"")
        .contains("id=\"text-error\"")
        .contains("id=\"action-error\"")
        .doesNotContain("id=\"author-error\"")
        .contains("Too long: 5,001 characters, at most 5,000.")
        .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;xxx")
        .doesNotContain(SCRIPT)
        .contains("Ann Berg");
    assertThat(FormClient.hidden(page.body())).containsOnlyKeys("csrf", "nonce");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
    assertThat(app.count("SELECT COUNT(*) FROM outbox")).isZero();
  }

  @Test
  void limitsCountTheCharactersAPersonSeesNotUtf16UnitsNorDecomposedAccents() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = valid();
    // 120 characters, each outside the BMP (two UTF-16 units): a title at its limit
    String title = "\uD83D\uDD27".repeat(60) + "\uD840\uDC0B".repeat(60);
    fields.put("title", title);
    // 5,000 characters as macOS may send them: each "é" as "e" and a combining accent
    fields.put("text", "e\u0301".repeat(FormLimits.TEXT_CHARS));

    HttpResponse<String> done = FormClient.browser(app).submit(token, fields);

    assertThat(done.body()).doesNotContain("Too long");
    assertThat(done.statusCode()).isEqualTo(200);
    Lesson stored = app.get(LessonRepository.class).ofOrder(orderId()).get(0);
    assertThat(stored.title()).isEqualTo(title);
    assertThat(stored.text()).isEqualTo("\u00E9".repeat(FormLimits.TEXT_CHARS));

    fields.put("title", "\uD83D\uDD27".repeat(121));
    HttpResponse<String> tooLong = FormClient.browser(app).submit(token, fields);
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLong.body()).contains("Too long: 121 characters, at most 120.");
  }

  @Test
  void correctedFormAfterRejectionIsStored() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> fields = valid();
    fields.remove("author");
    HttpResponse<String> rejected = browser.submit(token, fields);
    assertThat(rejected.statusCode()).isEqualTo(422);

    Map<String, String> corrected = new LinkedHashMap<>(FormClient.hidden(rejected.body()));
    corrected.putAll(valid());
    HttpResponse<String> stored = browser.post(token, FormClient.encode(corrected));

    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isEqualTo(1);
  }

  @Test
  void theLargestLegalFormFitsTheBodyLimitAndIsStoredWhole() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    String fourBytes = "\uD83D\uDE80"; // a rocket: 4 bytes in UTF-8, 12 percent-encoded
    Map<String, String> fields = new LinkedHashMap<>(FormClient.hidden(browser.get(token).body()));
    fields.put("title", fourBytes.repeat(FormLimits.TITLE_CHARS));
    fields.put("text", fourBytes.repeat(FormLimits.TEXT_CHARS));
    fields.put("stage", "AFTER_SALES");
    fields.put("unit", "FRONT_OFFICE");
    fields.put("type", "EXPLOITATION");
    fields.put("direction", "FROM");
    fields.put("action", fourBytes.repeat(FormLimits.ACTION_CHARS));
    fields.put("author", fourBytes.repeat(FormLimits.AUTHOR_CHARS));
    String body = FormClient.encode(fields);
    // and room for the "happened again" marks of the lessons earlier orders offer
    assertThat(body.length()).isLessThan(FormLimits.FORM_BODY_BYTES - 10 * 64);

    HttpResponse<String> stored = browser.post(token, body);

    assertThat(stored.statusCode()).isEqualTo(200);
    Lesson lesson = app.get(LessonRepository.class).ofOrder(orderId()).get(0);
    assertThat(lesson.text()).isEqualTo(fourBytes.repeat(FormLimits.TEXT_CHARS));
    assertThat(lesson.proposedAction()).contains(fourBytes.repeat(FormLimits.ACTION_CHARS));
  }

  @Test
  void wholeBodyOverTheLimitIs413AndNothingIsStored() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = valid();
    fields.put("text", "a".repeat(200 * 1024));

    HttpResponse<String> page = FormClient.browser(app).submit(token, fields);

    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("too long to send");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void unknownChoicesAre422() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = valid();
    fields.put("unit", "MIDDLE_OFFICE");
    fields.put("type", "exploitation");
    fields.put("direction", "<script>");
    fields.put("stage", "LUNCH");

    HttpResponse<String> page = FormClient.browser(app).submit(token, fields);

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("id=\"unit-error\"")
        .contains("id=\"type-error\"")
        .contains("id=\"direction-error\"")
        .contains("id=\"stage-error\"")
        .contains("Not one of the choices (FRONT_OFFICE, BACK_OFFICE, BETWEEN).");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void missingTitleTextAndAuthorAre422WithAMessageEach() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    HttpResponse<String> page = FormClient.browser(app).submit(token, Map.of("title", "   "));

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("Give the lesson a short title.")
        .contains("Write what happened and what was learned.")
        .contains("Say who you are");
  }

  @Test
  void fieldsOfOnlyInvisibleSpacesAreMissing() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    // no-break spaces (pasted from Word or a wiki, or typed with Option+Space), zero-width ones
    HttpResponse<String> page =
        FormClient.browser(app)
            .submit(
                token,
                Map.of(
                    "title", "\u00a0\u00a0",
                    "text", "\u200b\u00a0\u202f\n\ufeff",
                    "author", "\u2060\u3000"));

    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("Give the lesson a short title.")
        .contains("Write what happened and what was learned.")
        .contains("Say who you are");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void missingOrWrongCsrfIsRefusedAndNothingIsStored() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> hidden = FormClient.hidden(browser.get(token).body());

    Map<String, String> noCsrf = new LinkedHashMap<>(valid());
    noCsrf.put("nonce", hidden.get("nonce"));
    Map<String, String> wrongCsrf = new LinkedHashMap<>(noCsrf);
    wrongCsrf.put("csrf", hidden.get("csrf").substring(1) + "A");
    Map<String, String> rightFields = new LinkedHashMap<>(valid());
    rightFields.putAll(hidden);

    HttpResponse<String> missing = browser.post(token, FormClient.encode(noCsrf));
    HttpResponse<String> wrong = browser.post(token, FormClient.encode(wrongCsrf));
    // right csrf and nonce, but sent from a client without the browser's cookie
    HttpResponse<String> noCookie =
        FormClient.cookieless(app).post(token, FormClient.encode(rightFields));
    // a form opened for one order's link does not submit to another's
    String other = FormFixtures.order(app, "10043", "ORD-43", true);
    HttpResponse<String> otherLink = browser.post(other, FormClient.encode(rightFields));

    for (HttpResponse<String> refused : new HttpResponse[] {missing, wrong, noCookie, otherLink}) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("Open the form link again");
    }
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void forgedAlteredAndMalformedLinksGetA403PageSayingWhatToDo() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    String forged =
        token.substring(0, token.indexOf('.') + 1)
            + "AAAA"
            + token.substring(token.indexOf('.') + 5);
    FormClient browser = FormClient.browser(app);

    HttpResponse<String> forgedPage = browser.get(forged);
    HttpResponse<String> garbage = browser.get("not-a-token");
    HttpResponse<String> forgedPost = browser.post(forged, FormClient.encode(valid()));

    assertThat(forgedPage.statusCode()).isEqualTo(403);
    assertThat(forgedPage.body())
        .contains(escaped(FormTokenSigner.Refusal.FORGED.advice()))
        .doesNotContain(forged);
    assertThat(garbage.statusCode()).isEqualTo(403);
    assertThat(garbage.body()).contains(escaped(FormTokenSigner.Refusal.MALFORMED.advice()));
    assertThat(forgedPost.statusCode()).isEqualTo(403);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void expiredLinkGetsA403PageAskingForANewOne() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> fields = new LinkedHashMap<>(FormClient.hidden(browser.get(token).body()));
    fields.putAll(valid());
    app.clock().advance(Duration.ofDays(61));

    HttpResponse<String> page = browser.get(token);
    HttpResponse<String> post = browser.post(token, FormClient.encode(fields));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains(escaped(FormTokenSigner.Refusal.EXPIRED.advice()));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void aRefusedSubmissionSaysTheLessonWasNotSavedAndGivesBackWhatWasWrittenEscaped() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> fields = new LinkedHashMap<>(FormClient.hidden(browser.get(token).body()));
    fields.putAll(valid());
    fields.put("text", "Drawings came late.\n<script>alert(1)</script> & more");
    fields.put("action", "Ask for drawings at order entry");

    // the form's own fields, sent by a browser that lost the form's cookie
    HttpResponse<String> lostCookie =
        FormClient.cookieless(app).post(token, FormClient.encode(fields));
    app.clock().advance(Duration.ofDays(61));
    HttpResponse<String> expired = browser.post(token, FormClient.encode(fields));

    for (HttpResponse<String> refused : List.of(lostCookie, expired)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body())
          .contains("Your lesson was not saved")
          .contains("Late flange drawings")
          .contains("Drawings came late.\n&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
          .contains("Ask for drawings at order entry")
          .doesNotContain("<script>alert(1)");
    }
    assertThat(expired.body()).contains(escaped(FormTokenSigner.Refusal.EXPIRED.advice()));
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void aRefusedSubmissionGivesBackTheStageAndEveryChoiceMadeToo() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);
    Map<String, String> fields = new LinkedHashMap<>(FormClient.hidden(browser.get(token).body()));
    fields.putAll(valid());
    fields.put("stage", "ORDER_ENTRY");
    fields.put("unit", "BETWEEN");
    fields.put("type", "EXPLORATION");
    fields.put("direction", "FOR");
    String body =
        FormClient.encode(fields)
            + "&again=00000000-0000-0000-0000-000000000001"
            + "&again=00000000-0000-0000-0000-000000000002";
    app.clock().advance(Duration.ofDays(61));

    HttpResponse<String> expired = browser.post(token, body);

    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body())
        .contains("Your lesson was not saved")
        .contains("Late flange drawings")
        .contains("<dt>Stage</dt><dd id=\"kept-stage\">Order entry</dd>")
        .contains("<dt>Unit</dt><dd id=\"kept-unit\">Between</dd>")
        .contains("<dt>Type</dt><dd id=\"kept-type\">Exploration</dd>")
        .contains("<dt>Direction</dt><dd id=\"kept-direction\">For</dd>")
        .contains("You marked 2 lessons from earlier orders as having happened again");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void aRefusedSubmissionWithoutChoicesListsNone() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = valid();
    fields.put("unit", "NOT_A_UNIT");

    HttpResponse<String> lostCookie =
        FormClient.cookieless(app).post(token, FormClient.encode(fields));

    assertThat(lostCookie.statusCode()).isEqualTo(403);
    assertThat(lostCookie.body())
        .contains("Late flange drawings")
        .doesNotContain("kept-unit")
        .doesNotContain("NOT_A_UNIT")
        .doesNotContain("happened again");
  }

  @Test
  void suggestEndpointChecksItsLinkAndSizes() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);

    HttpResponse<String> ok =
        browser.suggest(
            token, "{\"title\":\"New supplier\",\"text\":\"We tried a new supplier.\"}");
    HttpResponse<String> forged = browser.suggest("x" + token, "{\"title\":\"t\",\"text\":\"t\"}");
    HttpResponse<String> tooLong =
        browser.suggest(token, "{\"title\":\"t\",\"text\":\"" + "a".repeat(5_001) + "\"}");
    HttpResponse<String> tooLarge =
        browser.suggest(token, "{\"title\":\"t\",\"text\":\"" + "a".repeat(100 * 1024) + "\"}");
    HttpResponse<String> badStage =
        browser.suggest(token, "{\"title\":\"t\",\"text\":\"t\",\"stage\":\"LUNCH\"}");
    HttpResponse<String> notJson = browser.suggest(token, "title=t");
    HttpResponse<String> jsonNull = browser.suggest(token, "null");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"unit\":{\"label\":")
        .contains("\"confidence\":")
        .contains("\"explanation\":")
        .contains("\"preselect\":");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(badStage.statusCode()).isEqualTo(422);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(jsonNull.statusCode()).isEqualTo(400);
    assertThat(jsonNull.body()).contains("expected JSON");
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
  }

  private long orderId() {
    return app.count("SELECT id FROM orders WHERE issue_id = '10042'");
  }
}
