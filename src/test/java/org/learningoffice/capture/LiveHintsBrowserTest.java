package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a headless Chromium, the script's live hints are whole sentences while a lesson is written,
 * and go away, with their pre-selections, when the person clears title and text.
 */
class LiveHintsBrowserTest {
  private static final List<String> FACETS = List.of("unit", "type", "direction");
  private static final Pattern UNFINISHED_SENTENCE = Pattern.compile("[^.!?] Not sure enough");

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1400);
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    app = FormFixtures.app(TestDatabase.Kind.H2);
    browser = chromium.browser();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void liveHintsAreWholeSentencesAndGoWhenTitleAndTextAreCleared() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(app.uri("/capture/" + token).toString());

    browser.findElement(By.id("title")).sendKeys("Next time ask the customer earlier");
    browser
        .findElement(By.id("text"))
        .sendKeys("The customer's drawings came too late; next time we ask the customer at once.");
    wait.until(d -> FACETS.stream().noneMatch(f -> hint(d, f).isBlank()));

    for (String facet : FACETS) {
      String hint = hint(browser, facet);
      assertThat(hint).as(facet).startsWith("Suggested: ").endsWith(".");
      assertThat(UNFINISHED_SENTENCE.matcher(hint).find()).as(facet + ": " + hint).isFalse();
    }

    clear("title");
    clear("text");
    wait.until(d -> FACETS.stream().allMatch(f -> hint(d, f).isBlank()));
    for (String facet : FACETS) {
      assertThat(browser.findElement(By.id(facet)).getAttribute("value"))
          .as(facet + " pre-selected for nothing")
          .isEmpty();
    }
  }

  private void clear(String field) {
    // as a person does: select all and delete, so that the script hears the input
    browser.findElement(By.id(field)).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }

  private static String hint(WebDriver browser, String facet) {
    return browser.findElement(By.id(facet + "-hint")).getText();
  }
}
