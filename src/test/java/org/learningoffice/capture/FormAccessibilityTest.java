package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * What a screen reader needs from the rendered form: a field with an error is marked invalid and
 * described by its message (and by its help where it has one); the hints that the script updates
 * are announced politely; the error summary can take the focus and links to each wrong field in the
 * form's order; user text stays escaped throughout.
 */
class FormAccessibilityTest {
  private static final String SCRIPT = "<script>alert('x')</script>";

  private final TestApp app = FormFixtures.app(TestDatabase.Kind.H2);

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void fieldsWithAnErrorAreInvalidAndDescribedByTheirMessageAndHelp() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", SCRIPT + "x".repeat(121));
    fields.put("text", "");
    fields.put("stage", "LUNCH");
    fields.put("unit", "MIDDLE_OFFICE");
    fields.put("author", "<i>Mallory</i>");

    HttpResponse<String> page = FormClient.browser(app).submit(token, fields);

    assertThat(page.statusCode()).isEqualTo(422);
    String html = page.body();
    assertThat(describedBy(html, "title")).containsExactly("title-error");
    assertThat(describedBy(html, "text")).containsExactly("text-error");
    assertThat(describedBy(html, "stage")).containsExactly("stage-help", "stage-error");
    assertThat(describedBy(html, "unit")).containsExactly("unit-help", "unit-hint", "unit-error");
    for (String invalid : List.of("title", "text", "stage", "unit")) {
      assertThat(tag(html, invalid)).as(invalid).contains("aria-invalid=\"true\"");
    }
    for (String valid : List.of("type", "direction", "action", "author")) {
      assertThat(tag(html, valid)).as(valid).doesNotContain("aria-invalid");
    }
    assertThat(describedBy(html, "type")).containsExactly("type-help", "type-hint");
    assertThat(describedBy(html, "author")).isEmpty();
    for (String field : List.of("title", "text", "stage", "unit", "type")) {
      for (String id : describedBy(html, field)) {
        assertThat(html).as(field + " is described by #" + id).contains("id=\"" + id + "\"");
      }
    }
    assertThat(tag(html, "errors")).contains("tabindex=\"-1\"");
    assertThat(summaryLinks(html)).containsExactly("#title", "#text", "#stage", "#unit");
    assertThat(tag(html, "title")).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)");
    assertThat(html).doesNotContain(SCRIPT).doesNotContain("<i>Mallory</i>");
  }

  @Test
  void aFreshFormMarksNothingInvalidAndAnnouncesItsHintsPolitely() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    String html = FormClient.browser(app).get(token).body();

    assertThat(html).doesNotContain("aria-invalid");
    assertThat(describedBy(html, "title")).isEmpty();
    assertThat(describedBy(html, "stage")).containsExactly("stage-help");
    for (String hint :
        List.of("unit-hint", "type-hint", "direction-hint", "model-note", "recurrence-hint")) {
      assertThat(tag(html, hint)).as(hint).contains("aria-live=\"polite\"");
    }
  }

  @Test
  void thePersonsNameIsMarkedAsTheirsForTheBrowserToFillIn() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    String html = FormClient.browser(app).get(token).body();

    // WCAG 1.3.5: a field asking for the person's own name says so (autocomplete="name")
    assertThat(tag(html, "author")).contains("autocomplete=\"name\"");
    assertThat(tag(html, "title")).doesNotContain("autocomplete=\"name\"");
  }

  /** Where the error summary's links lead, in order. */
  private static List<String> summaryLinks(String html) {
    String summary = html.substring(html.indexOf("id=\"errors\""), html.indexOf("</div>"));
    return Pattern.compile("<a href=\"([^\"]*)\"")
        .matcher(summary)
        .results()
        .map(r -> r.group(1))
        .toList();
  }

  /** The opening tag of the element with this id. */
  private static String tag(String html, String id) {
    Matcher m = Pattern.compile("<[a-z]+\\b[^>]*\\sid=\"" + id + "\"[^>]*>").matcher(html);
    assertThat(m.find()).as("#" + id + " in the page").isTrue();
    return m.group();
  }

  private static List<String> describedBy(String html, String id) {
    Matcher m = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(tag(html, id));
    return m.find() ? List.of(m.group(1).split(" ")) : List.of();
  }
}
