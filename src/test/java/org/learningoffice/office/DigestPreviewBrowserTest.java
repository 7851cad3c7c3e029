package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The week's digest as a lead previews it on the dashboard, in real headless Chromium at 1280 and
 * 375 px: the chart image loads, the top and the link to the dashboard are there, and nothing is
 * wider than the screen.
 */
class DigestPreviewBrowserTest {
  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1280, 1400);
  private TestDatabase db;
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    app = DigestFixtures.app().database(db).start();
    Seed seed = new Seed(app.database());
    Instant tuesday = DigestFixtures.WEEK.start(java.time.ZoneOffset.UTC).plus(Duration.ofDays(1));
    long pump =
        seed.order(
            "ORD-101",
            "Pump skid for Nordic Water with a very long summary that goes on and on",
            Strategy.ETO,
            PriorityClass.EXPEDITED,
            tuesday);
    long valves =
        seed.order(
            "ORD-102", "Standard valve batch", Strategy.MTS, PriorityClass.STANDARD, tuesday);
    seed.lesson(
        pump,
        L.of("Frame drawing reused from the last pump", tuesday)
            .action(
                "Make the frame a module; "
                    + "https://example.com/a/very/long/link/without/any/break/in/it/at/all/ever"));
    seed.lesson(valves, L.of("Valve test rig booked late", tuesday).unit(Unit.BACK_OFFICE));
    seed.lesson(
        valves, L.of("A new coating tried on one batch", tuesday).type(LessonType.EXPLORATION));
  }

  @AfterEach
  void stop() throws Exception {
    Closing.all(app, db);
  }

  @Test
  void theDigestPreviewFitsADesktopAndAPhoneWithItsChart() throws Exception {
    browser = chromium.browser();
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "/office/login");
    browser.findElement(By.id("token")).sendKeys(DigestFixtures.ACCESS_TOKEN);
    browser.findElement(By.id("login")).click();
    wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());

    for (int width : new int[] {1280, 375}) {
      if (width == 375) {
        HeadlessChromium.emulatePhone(browser, 375, 1400);
      } else {
        browser.manage().window().setSize(new Dimension(1280, 1400));
      }
      browser.get(base + "/office/digest?week=" + DigestFixtures.WEEK);
      wait.until(d -> d.getPageSource().contains("Frame drawing reused from the last pump"));
      JavascriptExecutor js = (JavascriptExecutor) browser;

      WebElement chart = browser.findElement(By.cssSelector("img[src^='data:image/png']"));
      assertThat((Long) js.executeScript("return arguments[0].naturalWidth", chart))
          .as("the chart image decodes at " + width + " px")
          .isPositive();
      assertThat(browser.findElements(By.cssSelector("a[href*='/office?week=']")))
          .as("a link to the dashboard's week")
          .isNotEmpty();
      long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
      long innerWidth = (Long) js.executeScript("return window.innerWidth");
      assertThat(innerWidth).isEqualTo(width);
      assertThat(scrollWidth)
          .as("digest width at " + width + " px")
          .isLessThanOrEqualTo(innerWidth);
      HeadlessChromium.fullPageScreenshot(browser, "digest-preview-" + width + ".png");
    }
  }
}
