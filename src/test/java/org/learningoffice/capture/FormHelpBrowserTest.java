package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
 * On a phone-wide Chromium (375 px) the form explains each facet in one visible line, links back to
 * the order's Jira ticket, and nothing is wider than the screen, not even a lesson holding a long
 * link. Screenshot {@code target/screenshots/capture-form-375.png}.
 */
class FormHelpBrowserTest {
  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(600, 2400);
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    app = FormFixtures.app(TestDatabase.Kind.H2);
    browser = chromium.browser();
    HeadlessChromium.emulatePhone(browser, 375, 2400);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void eachFacetHasAPlainHelpLineAndTheTicketIsOneTapAway() throws IOException {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);

    browser.get(app.uri("/capture/" + token).toString());

    assertThat(
            ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth"))
                .longValue())
        .as("the page is laid out 375 px wide")
        .isEqualTo(375);

    for (String facet : List.of("stage", "unit", "type", "direction")) {
      WebElement help = browser.findElement(By.id(facet + "-help"));
      assertThat(help.isDisplayed()).as(facet + " help shown").isTrue();
      assertThat(help.getText()).as(facet + " help").hasSizeGreaterThan(40);
    }
    assertThat(browser.findElement(By.id("unit-help")).getText())
        .contains("Front office")
        .contains("Back office")
        .contains("Between");
    assertThat(browser.findElement(By.id("type-help")).getText())
        .contains("Exploitation")
        .contains("Exploration");
    assertThat(browser.findElement(By.id("direction-help")).getText())
        .contains("From:")
        .contains("For:");
    WebElement ticket = browser.findElement(By.id("ticket-link"));
    assertThat(ticket.getAttribute("href"))
        .isEqualTo("https://your-site.atlassian.net/browse/ORD-42");
    assertThat(ticket.getText()).isEqualTo("Open ORD-42 in Jira");
    long pageWidth =
        ((Number)
                ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth"))
            .longValue();
    assertThat(pageWidth).as("nothing wider than the phone").isLessThanOrEqualTo(375);
    HeadlessChromium.screenshot(browser, "capture-form-375.png");
  }

  @Test
  void aLessonWithALongLinkStaysWithinThePhoneOnTheConfirmationAndTheForm() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    String link =
        "https://wiki.example.com/spaces/ENG/pages/123456789/Flange+pressure+class+checklist";
    browser.get(app.uri("/capture/" + token).toString());
    browser.findElement(By.id("title")).sendKeys("Checklist at " + link);
    browser.findElement(By.id("text")).sendKeys("Use " + link + "?focusedCommentId=987654321");
    browser.findElement(By.id("action")).sendKeys("Add_it_to_the_kick-off_template_of_the_DMS");
    browser.findElement(By.id("author")).sendKeys("Ann Berg");
    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("confirmation")).isEmpty());
    assertThat(pageWidth()).as("confirmation no wider than the phone").isLessThanOrEqualTo(375);
    browser.findElement(By.id("add-another")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("lesson-form")).isEmpty());
    assertThat(pageWidth()).as("form no wider than the phone").isLessThanOrEqualTo(375);
  }

  private long pageWidth() {
    return ((Number)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth"))
        .longValue();
  }
}
