package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.SetBy;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.testing.ChromiumPerTest;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, driven through Debian's chromedriver, opens a form link served by the
 * whole application, writes a lesson (live suggestions arrive from the script), submits it and sees
 * the confirmation. Screenshots land in {@code target/screenshots/}. Skipped, with the reason,
 * where Chromium or chromedriver is not installed ({@code .ci/run} installs both).
 */
class LessonFormBrowserTest {

  @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1400);
  private TestApp app;
  private WebDriver browser;

  @BeforeEach
  void start() {
    app = FormFixtures.app(TestDatabase.Kind.H2);
    browser = chromium.browser();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void personWritesALessonInChromiumAndSeesTheConfirmation() throws IOException {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(app.uri("/capture/" + token).toString());
    assertThat(browser.getTitle()).contains("ORD-42");
    browser.findElement(By.id("title")).sendKeys("Tried a new supplier for the seals");
    browser
        .findElement(By.id("text"))
        .sendKeys(
            "For the first time we tried a new supplier for the shaft seals; the prototype"
                + " passed the pressure test. <b>not bold</b>");
    new Select(browser.findElement(By.id("stage"))).selectByValue("PROCUREMENT");
    // the script asks /suggest and shows what the classifier thinks
    wait.until(d -> !d.findElement(By.id("type-hint")).getText().isBlank());
    assertThat(browser.findElement(By.id("type-hint")).getText()).startsWith("Suggested: ");
    browser.findElement(By.id("action")).sendKeys("Qualify the supplier for stock parts");
    browser.findElement(By.id("author")).sendKeys("Ann Berg");
    screenshot("capture-form-filled.png");

    browser.findElement(By.id("submit")).click();

    wait.until(d -> !d.findElements(By.id("confirmation")).isEmpty());
    assertThat(browser.findElement(By.id("confirmation")).getText()).contains("lesson is saved");
    assertThat(browser.getPageSource()).contains("Tried a new supplier for the seals");
    assertThat(browser.findElement(By.id("add-another")).getAttribute("href"))
        .endsWith("/capture/" + token);
    screenshot("capture-confirmation.png");
    long orderId = app.get(OrderRepository.class).findByIssueId("10042").orElseThrow().id();
    assertThat(app.get(LessonRepository.class).ofOrder(orderId))
        .singleElement()
        .satisfies(
            (Lesson lesson) -> {
              assertThat(lesson.author()).isEqualTo("Ann Berg");
              assertThat(lesson.text()).endsWith("<b>not bold</b>");
              // the script pre-selected the type and nobody touched it
              assertThat(lesson.type().setBy()).isEqualTo(SetBy.CLASSIFIER);
            });

    browser.findElement(By.id("add-another")).click();
    wait.until(d -> !d.findElements(By.id("lesson-form")).isEmpty());
    assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEmpty();
    assertThat(browser.getPageSource()).contains("Lessons already given (1)");
  }

  @Test
  void aTextTheBoxTakesIsStoredWithItsLineBreaksCountedOnce() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    // 100 lines filling the box to 10 characters under its limit: the browser sends each line
    // break as CR LF, which must not count as two characters nor be stored as such
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      text.append("Step ").append(i).append(" of the flange check.\n");
    }
    text.append("x".repeat(FormLimits.TEXT_CHARS - 10 - text.length()));
    String written = text.toString();

    browser.get(app.uri("/capture/" + token).toString());
    browser.findElement(By.id("title")).sendKeys("A long checklist");
    WebElement box = browser.findElement(By.id("text"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", box, written);
    assertThat(
            ((JavascriptExecutor) browser).executeScript("return arguments[0].validity.valid", box))
        .as("the browser takes the text")
        .isEqualTo(true);
    browser.findElement(By.id("author")).sendKeys("Ann Berg");
    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                !d.findElements(By.id("confirmation")).isEmpty()
                    || !d.findElements(By.id("errors")).isEmpty());
    assertThat(browser.findElements(By.id("errors"))).as("error summary").isEmpty();
    long orderId = app.get(OrderRepository.class).findByIssueId("10042").orElseThrow().id();
    assertThat(app.get(LessonRepository.class).ofOrder(orderId))
        .singleElement()
        .satisfies((Lesson lesson) -> assertThat(lesson.text()).isEqualTo(written.strip()));
  }

  @Test
  void pastedTextIsNeverCutByTheBrowserAndTheFormSaysWhatIsTooLong() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    browser.get(app.uri("/capture/" + token).toString());
    // 70 emoji (140 UTF-16 units) are 70 characters: the title takes them all
    String title = "\uD83D\uDD27".repeat(70);
    // a text pasted from a mail, 30 characters over the limit: kept whole, not cut silently
    String text =
        "The seal supplier changed. ".repeat(200).substring(0, FormLimits.TEXT_CHARS + 30);
    paste("title", title);
    paste("text", text);
    browser.findElement(By.id("author")).sendKeys("Ann Berg");
    assertThat(value("title")).as("the title as pasted").isEqualTo(title);
    assertThat(value("text")).as("the text as pasted").isEqualTo(text);

    browser.findElement(By.id("submit")).click();

    // the form's script counts as the server does and keeps the form until the text fits (the
    // server's own message, without the script, is HostileInputTest's and LessonFormTest's)
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("text-limit")).isEmpty());
    assertThat(browser.findElement(By.id("text-limit")).getText())
        .isEqualTo("Too long: 5,030 characters, at most 5,000. Shorten it before saving.");
    assertThat(browser.findElements(By.id("title-limit"))).isEmpty();
    assertThat(value("title")).isEqualTo(title);
    assertThat(value("text")).isEqualTo(text);
    assertThat(app.count("SELECT COUNT(*) FROM lessons")).isZero();
  }

  @Test
  void rightToLeftTextIsWrittenAndShownRightToLeft() {
    String token = FormFixtures.order(app, "10042", "ORD-42", true);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(app.uri("/capture/" + token).toString());
    paste(
        "title",
        "\u05D4\u05E9\u05E8\u05D8\u05D5\u05D8\u05D9\u05DD \u05D4\u05D2\u05D9\u05E2\u05D5 \u05DE\u05D0\u05D5\u05D7\u05E8 (ISO 9001).");
    paste(
        "text",
        "\u0648\u0635\u0644\u062A \u0627\u0644\u0631\u0633\u0648\u0645\u0627\u062A \u0645\u062A\u0623\u062E\u0631\u0629 3 \u0623\u0633\u0627\u0628\u064A\u0639.");
    paste(
        "action",
        "\u05DC\u05D1\u05E7\u05E9 \u05E9\u05E8\u05D8\u05D5\u05D8\u05D9\u05DD \u05D1\u05D9\u05D5\u05DD \u05D4\u05D4\u05D6\u05DE\u05E0\u05D4.");
    paste("author", "\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF");
    for (String field : new String[] {"title", "text", "action", "author"}) {
      assertThat(direction(browser.findElement(By.id(field)))).as(field).isEqualTo("rtl");
    }

    browser.findElement(By.id("submit")).click();
    wait.until(d -> !d.findElements(By.id("confirmation")).isEmpty());
    assertThat(direction(browser.findElement(By.cssSelector("article.lesson h2"))))
        .isEqualTo("rtl");
    assertThat(direction(browser.findElement(By.cssSelector("article.lesson .text"))))
        .isEqualTo("rtl");

    browser.findElement(By.id("add-another")).click();
    wait.until(d -> !d.findElements(By.id("lesson-form")).isEmpty());
    assertThat(direction(browser.findElement(By.cssSelector("li.lesson h3")))).isEqualTo("rtl");
    assertThat(direction(browser.findElement(By.cssSelector("li.lesson .text")))).isEqualTo("rtl");
    assertThat(direction(browser.findElement(By.id("title"))))
        .as("an empty field follows the page")
        .isEqualTo("ltr");
  }

  private String direction(WebElement element) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return getComputedStyle(arguments[0]).direction", element);
  }

  /** Puts text into a field as a paste does: as the person's input, under the field's rules. */
  private void paste(String id, String text) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "var f = document.getElementById(arguments[0]); f.focus(); f.select();"
                + " document.execCommand('insertText', false, arguments[1]);",
            id,
            text);
  }

  private String value(String id) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return document.getElementById(arguments[0]).value", id);
  }

  private void screenshot(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
