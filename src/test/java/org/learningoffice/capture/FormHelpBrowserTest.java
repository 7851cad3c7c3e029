package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/**
 * On a phone-wide Chromium (375 px) the form explains each facet in one visible line, links back to
 * the order's Jira ticket, and nothing is wider than the screen. Screenshot {@code
 * target/screenshots/capture-form-375.png}.
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
}
