package org.learningoffice.action.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.action.LessonActions;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.office.OfficeBrowserLogin;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A lead in a real headless Chromium logs in to {@code /office}, sees an action without an issue
 * under "Open actions" and presses "Mark done": the dashboard comes back without it. Skipped, with
 * the reason, where Chromium or chromedriver is not installed.
 */
class MarkDoneBrowserTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();
  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1200, 1400);
  private TestApp app;
  private WebDriver browser;
  private long actionId;

  @BeforeEach
  void start() {
    app = DigestFixtures.app().database(TestDatabase.Kind.H2).serveHttp();
    JiraOrder order = new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock);
    long orderId = order.insertOrder("CLOSED");
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.execute("UPDATE lessons SET proposed_action = 'Send the jig drawings to the welder'");
    Lesson lesson = app.get(LessonRepository.class).ofOrder(orderId).get(0);
    actionId =
        app.database()
            .jdbi()
            .inTransaction(h -> app.get(LessonActions.class).propose(h, lesson))
            .orElseThrow()
            .id();
    browser = chromium.browser();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void leadPressesMarkDoneAndTheActionLeavesOpenActions() throws IOException {
    WebDriverWait wait = OfficeBrowserLogin.logIn(browser, app.port(), "open-actions");
    assertThat(browser.findElement(By.id("action-" + actionId)).getText())
        .contains("Weld jig tolerances")
        .contains("ORD-42")
        .contains("nobody")
        .contains("no issue");
    HeadlessChromium.screenshot(browser, "office-open-actions.png");

    browser.findElement(By.id("mark-done-" + actionId)).click();

    wait.until(d -> !d.findElements(By.id("no-open-actions")).isEmpty());
    assertThat(browser.getCurrentUrl()).endsWith("/office#open-actions");
    assertThat(app.text("SELECT state FROM lesson_actions WHERE id = " + actionId))
        .isEqualTo("DONE");
    HeadlessChromium.screenshot(browser, "office-action-marked-done.png");
  }
}
