package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium, the form counts the characters of each field with a limit as the
 * server does (code points after NFC: an emoji is one, "e" with a combining accent is one), says so
 * to a screen reader only near or over the limit, and keeps an over-limit form from being sent,
 * with a message next to the field and the text kept. Skipped, with the reason, where Chromium or
 * chromedriver is not installed.
 */
class CharacterCounterBrowserTest {

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1400);
  private TestApp app;
  private WebDriver browser;
  private String token;

  @BeforeEach
  void start() {
    app =
        TestApp.from("base.yml")
            .startingAt(Instant.parse("2026-11-23T08:00:00Z"))
            .database(TestDatabase.Kind.H2)
            .serveHttp();
    browser = chromium.browser();
    token = FormFixtures.order(app, "10042", "ORD-42", true);
    browser.get(app.uri("/capture/" + token).toString());
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void eachLimitedFieldShowsItsCountOfCharacters() {
    assertThat(count("title")).isEqualTo("0 / 120 characters");
    assertThat(count("text")).isEqualTo("0 / 5,000 characters");
    assertThat(count("action")).isEqualTo("0 / 2,000 characters");
    assertThat(count("author")).isEqualTo("0 / 120 characters");

    browser.findElement(By.id("title")).sendKeys("Late flanges");

    assertThat(count("title")).isEqualTo("12 / 120 characters");
    assertThat(browser.findElement(By.id("title")).getAttribute("aria-describedby"))
        .contains("title-count");
  }

  @Test
  void anEmojiAndAnAccentWrittenAsTwoCodePointsCountAsOneCharacterEach() {
    // chromedriver types only the Basic Multilingual Plane: the emoji is pasted by script
    type("title", "\uD83D\uDE80 launch cafe\u0301");
    type("author", "\uD83D\uDC69\u200D\uD83D\uDD27");

    // the rocket is 1 (2 UTF-16 units), "é" as e + combining accent is 1 after NFC
    assertThat(count("title")).isEqualTo("13 / 120 characters");
    // woman, zero-width joiner, wrench: three code points, as the server counts them
    assertThat(count("author")).isEqualTo("3 / 120 characters");
  }

  @Test
  void theScreenReaderHearsTheCountOnlyNearOrOverTheLimit() {
    WebElement status = browser.findElement(By.id("limit-status"));
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");

    type("title", "a".repeat(50));
    assertThat(status.getAttribute("textContent")).isEmpty();

    type("title", "\uD83D\uDE00".repeat(110));
    assertThat(status.getAttribute("textContent")).isEqualTo("Title: 110 of 120 characters used.");

    type("title", "\uD83D\uDE00".repeat(121));
    assertThat(status.getAttribute("textContent"))
        .isEqualTo("Title: 121 characters, 1 over the limit of 120.");
  }

  @Test
  void anOverLimitFormIsNotSentAndSaysWhatToShortenKeepingTheText() throws IOException {
    String longTitle = "\uD83D\uDE00".repeat(121);
    type("title", longTitle);
    browser.findElement(By.id("text")).sendKeys("The flanges came late.");
    browser.findElement(By.id("author")).sendKeys("Ann Berg");

    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("title-limit")).isEmpty());
    assertThat(browser.findElement(By.id("title-limit")).getText())
        .isEqualTo("Too long: 121 characters, at most 120. Shorten it before saving.");
    WebElement title = browser.findElement(By.id("title"));
    assertThat(title.getAttribute("value")).isEqualTo(longTitle);
    assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(title.getAttribute("aria-describedby")).contains("title-limit");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
    assertThat(browser.getCurrentUrl()).endsWith("/capture/" + token);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
    HeadlessChromium.screenshot(browser, "capture-over-limit.png");

    // shortened to the limit, the message goes and the lesson is saved
    type("title", "\uD83D\uDE00".repeat(120));
    assertThat(browser.findElements(By.id("title-limit"))).isEmpty();
    browser.findElement(By.id("submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> app.count("SELECT COUNT(*) FROM lessons") == 1);
  }

  @Test
  void aTextWrittenDecomposedIsSentComposedSoItsLessonFitsTheBodyLimit() {
    // 5,000 Hangul syllables, each typed as three jamo (as some input methods and macOS files
    // give them): 5,000 characters after NFC, but 135,000 bytes percent-encoded as written
    String decomposed = "\u1100\u1161\u11A8".repeat(FormLimits.TEXT_CHARS);
    type("title", "Hangul written in jamo");
    type("text", decomposed);
    type("author", "Min-jun Park");
    assertThat(count("text")).isEqualTo("5,000 / 5,000 characters");

    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("confirmation")).isEmpty());
    assertThat(app.text("SELECT body FROM lessons"))
        .isEqualTo("\uAC01".repeat(FormLimits.TEXT_CHARS));
  }

  /** The field's value set as a paste would, with the input event the page listens to. */
  private void type(String field, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "var f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true}));",
            field,
            value);
  }

  private String count(String field) {
    return browser.findElement(By.id(field + "-count")).getText();
  }
}
