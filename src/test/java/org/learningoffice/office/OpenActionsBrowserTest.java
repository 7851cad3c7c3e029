package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's "Open actions" on a phone in a real headless Chromium: with actions that have
 * issues, assignees and long lesson titles the page stays as wide as the screen (the table scrolls
 * in its own box), and the text columns read from the left. Skipped, with the reason, where
 * Chromium or chromedriver is not installed.
 */
class OpenActionsBrowserTest {
  private static final Instant SINCE = Instant.parse("2026-11-20T08:00:00Z");

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1200, 1400);
  private TestDatabase db;
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    List<OpenActions.Row> rows =
        List.of(
            new OpenActions.Row(
                1,
                "Send the welding jig drawings to the subcontractor before the first article",
                "ORD-1042",
                SINCE,
                Optional.of("OPS-1313"),
                Optional.of("Hanna Lind"),
                Optional.of("In Progress")),
            new OpenActions.Row(
                2,
                "Agree the paint specification with the customer at order entry",
                "ORD-1043",
                SINCE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    OpenActions open = limit -> new OpenActions.Open(rows, rows.size());
    app =
        DigestFixtures.app()
            .database(db)
            .override(binder -> binder.bind(OpenActions.class).toInstance(open))
            .start();
    browser = chromium.browser();
  }

  @AfterEach
  void stop() throws Exception {
    Closing.all(app, db);
  }

  @Test
  void openActionsKeepThePageAsWideAsAPhoneAndTheirTextReadsFromTheLeft() throws IOException {
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = OfficeBrowserLogin.logIn(browser, app.port(), "matrix");

    HeadlessChromium.emulatePhone(browser, 375, 1400);
    browser.get(base + "/office");
    wait.until(d -> !d.findElements(By.id("open-actions-table")).isEmpty());
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long innerWidth = (Long) js.executeScript("return window.innerWidth");
    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
    assertThat(innerWidth).isEqualTo(375);
    assertThat(scrollWidth).as("page width at 375 px").isLessThanOrEqualTo(innerWidth);
    assertThat(browser.findElement(By.id("action-1")).getText()).contains("OPS-1313");
    HeadlessChromium.fullPageScreenshot(browser, "office-open-actions-375.png");

    @SuppressWarnings("unchecked")
    List<String> alignments =
        (List<String>)
            js.executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'#open-actions-table tbody tr:first-child td')).map("
                    + "c => getComputedStyle(c).textAlign)");
    assertThat(alignments)
        .as("Lesson, Order, Open for, Assignee, Status, Issue")
        .containsExactly("left", "left", "right", "left", "left", "left");
  }
}
