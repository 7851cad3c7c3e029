package org.learningoffice.feedforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a headless Chromium, the lesson form of an order that received earlier lessons lists them; a
 * person ticks "this happened again" on one, and the stored lesson is {@code RECURRENT} with that
 * earlier lesson as its occurrence. Screenshot in {@code
 * target/screenshots/form-happened-again.png}.
 */
class HappenedAgainBrowserTest {
  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1800);
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    app =
        TestApp.from("base.yml", "capture-jira.yml")
            .database(TestDatabase.Kind.H2)
            .build()
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
  void tickingHappenedAgainMakesTheNewLessonRecurrentWithThatEarlierLesson() throws Exception {
    RelatedFixture fixture = new RelatedFixture(app);
    String calls = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);
    String token = app.get(FormTokenSigner.class).sign("10042");

    browser.get(app.uri("/capture/" + token).toString());
    assertThat(browser.findElements(By.cssSelector("#related .related-lesson"))).hasSize(2);
    assertThat(browser.findElement(By.id("related")).getText())
        .contains("This happened again: Welding fixture drawings came <b>late</b>")
        .contains("ORD-7");
    browser.findElement(By.id("title")).sendKeys("Acme asked for calls again");
    browser
        .findElement(By.id("text"))
        .sendKeys("Acme's buyer wanted a status call every Monday, as on the last order.");
    browser.findElement(By.id("author")).sendKeys("Ann Berg");
    browser.findElement(By.id("again-" + calls)).click();
    // as a person would, save once the suggestions are in: they move the button when they arrive
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> !d.findElement(By.id("type-hint")).getText().isBlank());
    HeadlessChromium.screenshot(browser, "form-happened-again.png");
    browser.findElement(By.id("submit")).click();

    wait.until(d -> !d.findElements(By.id("confirmation")).isEmpty());
    assertThat(
            app.texts("SELECT recurrence FROM lessons WHERE title = 'Acme asked for calls again'"))
        .containsExactly("RECURRENT");
    assertThat(
            app.texts(
                "SELECT e.public_id FROM lesson_similar s JOIN lessons n ON n.id = s.lesson_id"
                    + " JOIN lessons e ON e.id = s.earlier_id"
                    + " WHERE n.title = 'Acme asked for calls again' AND s.score = 1.0"))
        .containsExactly(calls);
    assertThat(browser.getPageSource()).contains("Acme wants weekly calls");
  }
}
