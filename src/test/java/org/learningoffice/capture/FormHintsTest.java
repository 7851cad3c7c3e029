package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * The hints under the facets, as the server renders them and as the live suggestions send them:
 * whole sentences, and none at all while nothing is written.
 */
class FormHintsTest {
  private static final List<String> FACETS = List.of("unit", "type", "direction");
  private static final Pattern UNFINISHED_SENTENCE = Pattern.compile("[^.!?] Not sure enough");
  private static final Map<String, String> LESSON =
      Map.of(
          "title", "Next time ask the customer earlier",
          "text", "The customer's drawings came too late; next time we ask the customer at once.");

  private final TestApp app = FormFixtures.app(TestDatabase.Kind.H2);

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void renderedAndLiveHintsEndEverySentence() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);

    HttpResponse<String> rejected = browser.submit(token, LESSON);
    JsonNode live = browser.suggestions(token, LESSON);

    assertThat(rejected.statusCode()).as("no author: the form again").isEqualTo(422);
    for (String facet : FACETS) {
      String rendered = hint(rejected.body(), facet);
      String sent = live.path(facet).path("hint").asText();
      for (String hint : List.of(rendered, sent)) {
        assertThat(hint).as(facet).startsWith("Suggested: ").endsWith(".");
        assertThat(UNFINISHED_SENTENCE.matcher(hint).find()).as(facet + ": " + hint).isFalse();
      }
    }
  }

  @Test
  void nothingWrittenGetsNoSuggestion() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);

    JsonNode cleared =
        browser.suggestions(token, Map.of("title", "", "text", " \n ", "stage", "QUOTING"));
    JsonNode written = browser.suggestions(token, LESSON);

    for (String facet : FACETS) {
      assertThat(cleared.has(facet)).as(facet + " suggested for nothing").isFalse();
      assertThat(written.path(facet).path("hint").asText()).startsWith("Suggested: ");
    }
    assertThat(cleared.path("similar").isEmpty()).isTrue();
  }

  private static String hint(String page, String facet) {
    Matcher m = Pattern.compile("id=\"" + facet + "-hint\"[^>]*>([^<]*)</p>").matcher(page);
    assertThat(m.find()).as(facet + "-hint in the page").isTrue();
    return m.group(1);
  }
}
