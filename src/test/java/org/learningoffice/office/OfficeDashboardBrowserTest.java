package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A lead in a real headless Chromium (Debian's chromedriver) logs in to {@code /office} with the
 * access token, sees the matrix and a lesson, and picks another week in the filter form.
 * Screenshots land in {@code target/screenshots/}. Skipped, with the reason, where Chromium or
 * chromedriver is not installed.
 */
class OfficeDashboardBrowserTest {

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1200, 1400);
  private TestDatabase db;
  private TestApp app;
  private WebDriver browser;
  private Seed seed;

  @BeforeEach
  void start() {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    app = DigestFixtures.app().database(db).start();
    seed = new Seed(app.database());
    OfficeLessons.seed(seed);
    browser = chromium.browser();
  }

  @AfterEach
  void stop() throws Exception {
    Closing.all(app, db);
  }

  @Test
  void leadLogsInAndSeesTheMatrixAndTheLessons() throws IOException {
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.withMessage(() -> "at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
    // the page is replaced while the wait reads it: an element of the old page is stale, not wrong
    wait.ignoring(StaleElementReferenceException.class);

    browser.get(base + "/office");
    assertThat(browser.getPageSource()).contains("Log in to see the learning office");
    browser.get(base + "/office/login");
    browser.findElement(By.id("token")).sendKeys(DigestFixtures.ACCESS_TOKEN);
    browser.findElement(By.id("login")).click();

    wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());
    assertThat(browser.findElement(By.id("week")).getText()).isEqualTo("2026-W49");
    assertThat(browser.findElement(By.id("cell-FRONT_OFFICE-EXPLOITATION")).getText())
        .isEqualTo("1");
    assertThat(titles()).containsExactly("This week's lesson");
    screenshot("office-dashboard.png");

    WebElement week = browser.findElement(By.id("f-week"));
    week.clear();
    week.sendKeys("2026-W48");
    browser.findElement(By.id("apply")).click();

    wait.until(d -> d.findElement(By.id("week")).getText().equals("2026-W48"));
    assertThat(browser.findElement(By.id("matrix-total")).getText()).isEqualTo("4");
    assertThat(browser.findElement(By.id("cell-BETWEEN-EXPLOITATION")).getText()).isEqualTo("1");
    // the hostile title is shown as text, not run
    assertThat(titles()).contains(OfficeLessons.HOSTILE_TITLE, "Welding fixture was new");
    assertThat(browser.findElements(By.cssSelector(".lesson script"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("a.ticket")).getAttribute("href"))
        .startsWith("https://acme.atlassian.net/browse/ORD-");
    screenshot("office-dashboard-w48.png");
  }

  @Test
  void aLeadFollowingTheDigestsLinkWithoutASessionLogsInAndLandsOnThatWeek() {
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.withMessage(() -> "at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
    wait.ignoring(StaleElementReferenceException.class);

    // the digest's last line links the week's dashboard; the session has expired (or never was)
    browser.get(base + "/office?week=2026-W48&unit=BACK_OFFICE");
    browser.findElement(By.id("login-link")).click();
    wait.until(d -> !d.findElements(By.id("token")).isEmpty());
    browser.findElement(By.id("token")).sendKeys("not the token");
    browser.findElement(By.id("login")).click();
    wait.until(d -> !d.findElements(By.id("login-error")).isEmpty());
    browser.findElement(By.id("token")).sendKeys(DigestFixtures.ACCESS_TOKEN);
    browser.findElement(By.id("login")).click();

    wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/office?week=2026-W48&unit=BACK_OFFICE");
    assertThat(browser.findElement(By.id("week")).getText()).isEqualTo("2026-W48");
    assertThat(titles()).containsExactly("Stock count was off");
  }

  @Test
  void aLoggedInLeadFollowingTheDigestsLinkFromAnotherSiteIsNotAskedForTheTokenAgain() {
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.withMessage(() -> "at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
    wait.ignoring(StaleElementReferenceException.class);
    browser.get(base + "/office/login");
    browser.findElement(By.id("token")).sendKeys(DigestFixtures.ACCESS_TOKEN);
    browser.findElement(By.id("login")).click();
    wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());

    // a link in web mail or in Slack's web app: a cross-site navigation, which does not carry the
    // SameSite=Strict session cookie
    browser.get(
        "data:text/html,<a id=\"digest-link\" href=\""
            + base
            + "/office?week=2026-W48\">open 2026-W48 on the dashboard</a>");
    browser.findElement(By.id("digest-link")).click();
    wait.until(d -> !d.findElements(By.id("login-link")).isEmpty());
    browser.findElement(By.id("login-link")).click();

    wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/office?week=2026-W48");
    assertThat(browser.findElement(By.id("week")).getText()).isEqualTo("2026-W48");
  }

  @Test
  void theDashboardFitsAPhoneAndADesktopWithDataInEverySectionAndItsChartsFollowAFilter()
      throws IOException {
    OfficeLessons.seedFigures(seed);
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = OfficeBrowserLogin.logIn(browser, app.port(), "matrix");

    for (int width : new int[] {1280, 375}) {
      if (width == 375) {
        HeadlessChromium.emulatePhone(browser, 375, 1400);
      } else {
        browser.manage().window().setSize(new Dimension(1280, 1400));
      }
      browser.get(base + "/office?week=2026-W48");
      wait.until(d -> !d.findElements(By.id("numbers-section")).isEmpty());
      for (WebElement summary : browser.findElements(By.cssSelector("details > summary"))) {
        summary.click();
      }

      assertThat(browser.findElement(By.id("n-rate")).getText()).isEqualTo("80% (4 of 5)");
      assertThat(browser.findElements(By.cssSelector("#without-lessons li"))).hasSize(1);
      List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
      assertThat(charts).hasSize(4).allSatisfy(c -> assertThat(c.isDisplayed()).isTrue());
      for (WebElement chart : charts) {
        assertThat(chart.findElements(By.cssSelector("rect[class^=series-]"))).isNotEmpty();
      }
      assertThat(browser.findElements(By.cssSelector("#themes > li"))).hasSize(2);
      assertThat(browser.findElements(By.cssSelector("#lessons > li"))).hasSize(7);
      assertThat(browser.findElement(By.cssSelector("#taxonomy dl")).isDisplayed()).isTrue();
      assertThat(browser.findElement(By.cssSelector(".fallback table")).isDisplayed()).isTrue();
      long scrollWidth =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      long innerWidth =
          (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
      assertThat(innerWidth).isEqualTo(width);
      assertThat(scrollWidth).as("page width at " + width + " px").isLessThanOrEqualTo(innerWidth);
      HeadlessChromium.fullPageScreenshot(browser, "office-dashboard-" + width + ".png");
    }

    new Select(browser.findElement(By.id("f-unit"))).selectByValue("BACK_OFFICE");
    browser.findElement(By.id("apply")).click();
    wait.until(d -> !d.findElements(By.id("applied")).isEmpty());
    assertThat(browser.findElement(By.id("matrix-total")).getText()).isEqualTo("2");
    // the unit × type chart now draws back-office lessons only
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "#chart-unit-type-svg rect.series-0, #chart-unit-type-svg rect.series-4")))
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("#chart-unit-type-svg rect.series-2")))
        .isNotEmpty();
  }

  @Test
  void chartTextsStayInsideTheirChartsInAnEmptyWeekAndWithHugeCounts() {
    // 12,345 lessons on one order closed in 2026-W40: a five-digit axis and a per-order rate of
    // 12345.0 (this browser test runs on H2, whose SYSTEM_RANGE makes the rows in one statement)
    long order =
        seed.order(
            "ORD-40",
            "Big",
            Strategy.ATO,
            PriorityClass.STANDARD,
            Instant.parse("2026-10-01T10:00:00Z"));
    app.database()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO lessons (public_id, order_id, submission_key, title, body, unit,"
                            + " unit_set_by, lesson_type, type_set_by, direction, direction_set_by,"
                            + " timing, recurrence, author, created_at) SELECT RANDOM_UUID(), :order,"
                            + " RANDOM_UUID(), 'Bulk', 'Bulk', 'BETWEEN', 'PERSON', 'EXPLORATION',"
                            + " 'PERSON', 'FROM', 'PERSON', 'RETROSPECTIVE', 'SPORADIC', 'Ada', :at"
                            + " FROM SYSTEM_RANGE(1, 12345)")
                    .bind("order", order)
                    .bind("at", Instant.parse("2026-10-01T11:00:00Z"))
                    .execute());
    String base = "http://127.0.0.1:" + app.port();
    WebDriverWait wait = OfficeBrowserLogin.logIn(browser, app.port(), "matrix");

    // 2026-W20: no lesson and no order in its twelve weeks, so every row says "no lessons" or
    // "no orders"
    for (String week : List.of("2026-W20", "2026-W40")) {
      browser.get(base + "/office?week=" + week);
      wait.until(d -> !d.findElements(By.id("charts-section")).isEmpty());
      Object outside =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "var out = [];"
                      + "document.querySelectorAll('svg.chart').forEach(function (svg) {"
                      + "  var box = svg.viewBox.baseVal;"
                      + "  svg.querySelectorAll('text').forEach(function (t) {"
                      + "    var b = t.getBBox();"
                      + "    if (b.x < 0 || b.x + b.width > box.width) {"
                      + "      out.push(svg.id + ': ' + t.textContent);"
                      + "    }"
                      + "  });"
                      + "});"
                      + "return out;");
      assertThat((List<?>) outside).as("texts cut off at the chart's edge in " + week).isEmpty();
    }
    assertThat(browser.findElement(By.id("chart-unit-type-svg")).getText()).contains("12345");
  }

  private List<String> titles() {
    return browser.findElements(By.className("lesson-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void screenshot(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
