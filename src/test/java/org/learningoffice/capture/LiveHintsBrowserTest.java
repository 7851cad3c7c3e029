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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a headless Chromium, the script's live hints are whole sentences while a lesson is written,
 * and go away, with their pre-selections, when the person clears title and text; they never undo a
 * choice the person made, even one made before a failed save.
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

  @Test
  void aUnitChosenBeforeAFailedSaveStaysWhileTheTitleIsWritten() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(app.uri("/capture/" + token).toString());
    browser
        .findElement(By.id("text"))
        .sendKeys("We reused the standard module for the customer's skid frame; saved two weeks.");
    wait.until(d -> !hint(d, "unit").isBlank());
    new Select(browser.findElement(By.id("unit"))).selectByValue("BETWEEN");
    browser.findElement(By.id("author")).sendKeys("Ann Berg");
    browser.findElement(By.id("submit")).click(); // no title: refused
    wait.until(d -> !d.findElements(By.id("errors")).isEmpty());
    assertThat(browser.findElement(By.id("unit")).getAttribute("value")).isEqualTo("BETWEEN");

    // count the script's suggestion answers, then write the missing title
    js(
        "window.answers = 0; var f = window.fetch; window.fetch = function () {"
            + " return f.apply(this, arguments).then(function (r) {"
            + " r.clone().text().then(function () { setTimeout(function () { window.answers++; },"
            + " 100); }); return r; }); };");
    browser.findElement(By.id("title")).sendKeys("Reused the standard skid module");
    wait.until(d -> ((Number) js("return window.answers")).intValue() >= 1);

    assertThat(browser.findElement(By.id("unit")).getAttribute("value"))
        .as("the person's choice, not the script's")
        .isEqualTo("BETWEEN");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void clear(String field) {
    // as a person does: select all and delete, so that the script hears the input
    browser.findElement(By.id(field)).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }

  private static String hint(WebDriver browser, String facet) {
    return browser.findElement(By.id(facet + "-hint")).getText();
  }
}
