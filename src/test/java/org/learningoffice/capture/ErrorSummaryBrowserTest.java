package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
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
 * On a phone (375 × 740 px) and an order whose earlier lessons push the form a screen or more down,
 * a failed save opens with the error summary focused and in sight, its links lead to the fields,
 * and before any save a link at the top takes the person straight to the form. Screenshot {@code
 * target/screenshots/capture-errors-375.png}.
 */
class ErrorSummaryBrowserTest {
  private static final int WIDTH = 375;
  private static final int HEIGHT = 740;

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(600, 900);
  private TestApp app;
  private WebDriver browser;
  private String token;

  @BeforeEach
  void start() {
    app = FormFixtures.app(TestDatabase.Kind.H2);
    browser = chromium.browser();
    HeadlessChromium.emulatePhone(browser, WIDTH, HEIGHT);
    token = FormFixtures.order(app, "10042", "ORD-42", true);
    FormClient earlier = FormClient.browser(app);
    for (int i = 1; i <= 4; i++) {
      earlier.submit(
          token,
          Map.of(
              "title", "Earlier lesson " + i + " about the flange drawings",
              "text",
                  "The flange drawings came two weeks late because nobody asked the customer for"
                      + " the pressure class; next time engineering asks at the kick-off and"
                      + " writes it on the order so that procurement can order in time.",
              "author", "Ann Berg"));
    }
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void afterAFailedSaveTheErrorSummaryHasTheFocusAndIsInSight() throws IOException {
    browser.get(app.uri("/capture/" + token).toString());
    assertThat(top(browser.findElement(By.id("lesson-form"))))
        .as("the earlier lessons push the form below the first screen")
        .isGreaterThan(HEIGHT);
    browser.findElement(By.id("title")).sendKeys("Only a title");
    WebElement submit = browser.findElement(By.id("submit"));
    js("arguments[0].scrollIntoView()", submit);
    submit.click();

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.id("errors")).isEmpty());
    wait.until(d -> "errors".equals(js("return document.activeElement.id")));
    WebElement summary = browser.findElement(By.id("errors"));
    assertThat(top(summary)).as("summary top").isGreaterThanOrEqualTo(0);
    assertThat(bottom(summary)).as("summary bottom").isLessThanOrEqualTo(HEIGHT);
    HeadlessChromium.screenshot(browser, "capture-errors-375.png");

    summary.findElement(By.cssSelector("a[href='#text']")).click();
    assertThat(js("return document.activeElement.id")).isEqualTo("text");
    assertThat(top(browser.findElement(By.id("text")))).isBetween(0L, (long) HEIGHT);
  }

  @Test
  void aLinkAtTheTopTakesThePersonStraightToTheForm() {
    browser.get(app.uri("/capture/" + token).toString());
    WebElement skip = browser.findElement(By.id("skip-to-form"));
    assertThat(skip.getText()).isEqualTo("Write your lesson");
    assertThat(bottom(skip)).as("the link is on the first screen").isLessThanOrEqualTo(HEIGHT);

    skip.click();

    WebElement heading = browser.findElement(By.id("add-lesson"));
    assertThat(top(heading)).as("the form's heading after the jump").isBetween(0L, (long) HEIGHT);
    assertThat(js("return document.activeElement.id")).isEqualTo("add-lesson");
  }

  private long top(WebElement element) {
    return ((Number) js("return arguments[0].getBoundingClientRect().top", element)).longValue();
  }

  private long bottom(WebElement element) {
    return ((Number) js("return arguments[0].getBoundingClientRect().bottom", element)).longValue();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }
}
