package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * While the learned model trains, the rules suggest alone, and the form says so once: in the note
 * under the facets and in the suggestions' {@code rulesOnly}, not again in every facet's hint.
 */
class RulesOnlyNoteTest {
  private static final String NOTE = "Suggestions come from the rules only";

  // HTTP only: the classifier's training is not started, so the rules answer throughout
  private final TestApp app =
      TestApp.from("base.yml")
          .startingAt(Instant.parse("2026-11-23T08:00:00Z"))
          .database(TestDatabase.Kind.H2)
          .build()
          .serveHttp();

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void theFormSaysOnceThatTheRulesSuggestWhileTheModelTrains() throws Exception {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient browser = FormClient.browser(app);

    String page = browser.get(token).body();
    JsonNode suggested =
        browser.suggestions(
            token,
            Map.of(
                "title", "Welding fixture took three days",
                "text", "The welding fixture was designed from scratch for this order.",
                "stage", "ENGINEERING"));

    assertThat(page.split(NOTE, -1)).hasSize(2);
    assertThat(suggested.path("rulesOnly").asBoolean()).isTrue();
    for (String facet : List.of("unit", "type", "direction")) {
      assertThat(suggested.path(facet).path("explanation").asText())
          .isNotBlank()
          .doesNotContain("rules only");
    }
  }
}
