package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium, a person presses "Create a Jira issue for this action" under a
 * lesson on the form and the form comes back saying the issue is queued, the button gone, and the
 * lesson they were writing still there. Skipped, with the reason, where Chromium or chromedriver is
 * not installed.
 */
class ActionIssueBrowserTest {

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1400);
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    // HTTP only: the outbox is not run, so the issue stays queued
    app =
        TestApp.from("base.yml")
            .startingAt(Instant.parse("2026-11-23T08:00:00Z"))
            .database(TestDatabase.Kind.H2)
            .set("actions.project", "LO")
            .serveHttp();
    browser = chromium.browser();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void personPressesTheActionButtonInChromiumAndSeesTheIssueQueued() throws IOException {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    String lesson = lessonWithAnAction(token);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(app.uri("/capture/" + token).toString());
    assertThat(browser.findElement(By.id("action-button-" + lesson)).getText())
        .isEqualTo("Create a Jira issue for this action");
    browser.findElement(By.id("action-button-" + lesson)).click();

    wait.until(d -> !d.findElements(By.id("action-notice")).isEmpty());
    assertThat(browser.findElement(By.id("action-notice")).getText()).contains("is queued");
    assertThat(browser.findElement(By.id("action-issue-" + lesson)).getText())
        .contains("Jira issue queued");
    assertThat(browser.findElements(By.id("action-button-" + lesson))).isEmpty();
    HeadlessChromium.screenshot(browser, "capture-action-issue-queued.png");
    assertThat(app.texts("SELECT job_key FROM outbox WHERE kind = 'ACTION_ISSUE'"))
        .containsExactly("action-issue:" + lesson);
  }

  @Test
  void aLessonBeingWrittenIsKeptWhenThePersonAsksForAnActionIssue() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    String lesson = lessonWithAnAction(token);
    browser.get(app.uri("/capture/" + token).toString());
    browser.findElement(By.id("title")).sendKeys("Flange drawings late");
    browser
        .findElement(By.id("text"))
        .sendKeys("Nobody asked the customer for the pressure class.");
    new Select(browser.findElement(By.id("unit"))).selectByValue("BETWEEN");
    browser.findElement(By.id("author")).sendKeys("Bo Lind");

    browser.findElement(By.id("action-button-" + lesson)).click();

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("action-notice")).isEmpty());
    assertThat(browser.findElement(By.id("title")).getAttribute("value"))
        .isEqualTo("Flange drawings late");
    assertThat(browser.findElement(By.id("text")).getAttribute("value"))
        .isEqualTo("Nobody asked the customer for the pressure class.");
    assertThat(browser.findElement(By.id("unit")).getAttribute("value")).isEqualTo("BETWEEN");
    assertThat(browser.findElement(By.id("author")).getAttribute("value")).isEqualTo("Bo Lind");
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).as("nothing saved yet").isEqualTo(1);
  }

  /** A lesson with a proposed action, saved through the order's form; its public id. */
  private String lessonWithAnAction(String token) {
    assertThat(
            FormClient.browser(app)
                .submit(
                    token,
                    Map.of(
                        "title", "Seals came late",
                        "text", "The shaft seals came two weeks late from the new supplier.",
                        "action", "Qualify a second seal supplier",
                        "author", "Ann Berg"))
                .statusCode())
        .isEqualTo(200);
    return app.text("SELECT public_id FROM lessons");
  }
}
