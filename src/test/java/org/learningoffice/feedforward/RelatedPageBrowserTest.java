package org.learningoffice.feedforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium opens an order's related-lessons page, reads the lessons and votes one "not
 * relevant"; the page comes back saying so and the vote is stored. Screenshot in {@code
 * target/screenshots/related-page.png}.
 */
class RelatedPageBrowserTest {
  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1200);
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
  void aReaderVotesALessonNotRelevantInChromium() throws Exception {
    RelatedFixture fixture = new RelatedFixture(app);
    String calls = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);

    browser.get(app.uri(fixture.path()).toString());
    assertThat(browser.getTitle()).contains("ORD-42");
    assertThat(browser.findElements(By.cssSelector("li.related"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("li.related h2")).getText())
        .isEqualTo("Welding fixture drawings came <b>late</b>");
    HeadlessChromium.screenshot(browser, "related-page.png");

    browser.findElement(By.cssSelector("#lesson-" + calls + " button.vote-not-relevant")).click();

    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#lesson-" + calls + " .voted")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#lesson-" + calls + " .voted")).getText())
        .isEqualTo("This order's answer: not relevant");
    assertThat(app.texts("SELECT vote FROM feed_forward_votes")).containsExactly("NOT_RELEVANT");
  }

  @Test
  void eachVoteButtonSaysWhichLessonItIsForToAScreenReader() {
    RelatedFixture fixture = new RelatedFixture(app);
    String drawings = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.drawings);
    String calls = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);

    browser.get(app.uri(fixture.path()).toString());

    assertThat(button(drawings, "vote-helped").getAccessibleName())
        .isEqualTo("Helped Welding fixture drawings came <b>late</b>");
    assertThat(button(drawings, "vote-not-relevant").getAccessibleName())
        .isEqualTo("Not relevant Welding fixture drawings came <b>late</b>");
    assertThat(button(calls, "vote-helped").getAccessibleName())
        .isEqualTo("Helped Acme wants weekly calls");
    assertThat(button(calls, "vote-not-relevant").getAccessibleName())
        .isEqualTo("Not relevant Acme wants weekly calls");
  }

  @Test
  void afterAVoteTheFocusIsBackOnTheChosenButtonWhichSaysItIsPressed() {
    RelatedFixture fixture = new RelatedFixture(app);
    String calls = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);
    browser.get(app.uri(fixture.path()).toString());
    assertThat(button(calls, "vote-helped").getDomAttribute("aria-pressed")).isEqualTo("false");

    button(calls, "vote-helped").click();

    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#lesson-" + calls + " .voted")).isEmpty());
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getDomAttribute("id")).isEqualTo("helped-" + calls);
    assertThat(focused.getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(button(calls, "vote-not-relevant").getDomAttribute("aria-pressed"))
        .isEqualTo("false");
  }

  @Test
  void aProposedActionOfSeveralLinesKeepsItsLines() {
    RelatedFixture fixture = new RelatedFixture(app);
    String calls = app.text("SELECT public_id FROM lessons WHERE id = " + fixture.calls);
    app.database()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate("UPDATE lessons SET proposed_action = :action WHERE id = :id")
                    .bind("action", "1. Book the Monday call.\n2. Send the minutes to Acme.")
                    .bind("id", fixture.calls)
                    .execute());

    browser.get(app.uri(fixture.path()).toString());

    assertThat(browser.findElement(By.cssSelector("#lesson-" + calls + " .action")).getText())
        .isEqualTo("Proposed: 1. Book the Monday call.\n2. Send the minutes to Acme.");
  }

  private WebElement button(String lesson, String kind) {
    return browser.findElement(By.cssSelector("#lesson-" + lesson + " button." + kind));
  }
}
