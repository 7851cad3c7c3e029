package org.learningoffice.digest.delivery;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a headless Chromium, the digest e-mail's unsubscribe link asks first; the address is recorded
 * only when the person presses the button (the page's policy lets its own form post).
 */
class UnsubscribeBrowserTest {
  private static final String ADDRESS = "front.lead@example.com";

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(800, 600);
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    app = TestApp.from("base.yml").database(TestDatabase.Kind.H2).build().serveHttp();
    browser = chromium.browser();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void openingTheLinkAsksAndPressingTheButtonUnsubscribes() {
    String token = app.get(UnsubscribeLinks.class).token(ADDRESS);

    browser.get(app.uri("/digest/unsubscribe/" + token).toString());
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Stop the learning-office digest to " + ADDRESS + "?");
    assertThat(app.count("SELECT COUNT(*) FROM digest_unsubscribes")).isZero();

    browser.findElement(By.tagName("button")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.tagName("body")).getText().contains("no more"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("You will get no more learning-office digests at " + ADDRESS + ".");
    assertThat(app.texts("SELECT email FROM digest_unsubscribes")).containsExactly(ADDRESS);
  }

  @Test
  void onAPhoneThePageIsAsWideAsTheScreenNotADesktopPageShrunk() {
    String token = app.get(UnsubscribeLinks.class).token(ADDRESS);
    HeadlessChromium.emulatePhone(browser, 375, 700);

    browser.get(app.uri("/digest/unsubscribe/" + token).toString());

    // without a viewport the phone lays the page out 980 px wide and shows it at a third
    assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth"))
        .isEqualTo(375L);
    browser.findElement(By.tagName("button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.tagName("body")).getText().contains("no more"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth"))
        .isEqualTo(375L);
  }
}
