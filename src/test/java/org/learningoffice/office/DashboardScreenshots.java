package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.classify.Classification;
import org.learningoffice.classify.ClassifierService;
import org.learningoffice.classify.LessonInput;
import org.learningoffice.demo.SampleLesson;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Seed;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the screenshots in {@code docs/screenshots/}: the dashboard and the HTML digest of 2026-W48
 * at 1280 and 375 px, in headless Chromium, over realistic lessons: the demo's sample lessons
 * ({@code demo/lessons.json}, classified by the service's own classifier) in that week and, for the
 * eleven weeks before, lessons of the labelled dev set ({@code shared/data/lessons-dev.jsonl}, with
 * their labels). Not part of the test run; regenerate with
 *
 * <pre>mvn -o test -Dtest=DashboardScreenshots -Dlo.screenshots=true</pre>
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "lo.screenshots", matches = "true")
class DashboardScreenshots {
  private static final Path OUT = Path.of("docs", "screenshots");
  private static final IsoWeek WEEK = DigestFixtures.WEEK;
  private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");

  /** Tallest shot: the top of a long page, so each PNG stays small enough for the README. */
  private static final int MAX_HEIGHT = 2000;

  @TempDir Path profile;

  @Test
  void screenshotsOfTheDashboardAndTheDigest() throws Exception {
    HeadlessChromium.assumeInstalled();
    TestDatabase db = TestDatabase.open(TestDatabase.Kind.H2);
    TestApp app = DigestFixtures.app().database(db).start();
    WebDriver browser = null;
    try {
      seed(app);
      browser = HeadlessChromium.start(profile, 1280, 1400);
      String base = "http://127.0.0.1:" + app.port();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(base + "/office/login");
      browser.findElement(By.id("token")).sendKeys(DigestFixtures.ACCESS_TOKEN);
      browser.findElement(By.id("login")).click();
      wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());
      Files.createDirectories(OUT);
      for (int width : new int[] {1280, 375}) {
        if (width == 375) {
          HeadlessChromium.emulatePhone(browser, 375, 1400);
        } else {
          browser.manage().window().setSize(new Dimension(1280, 1400));
        }
        browser.get(base + "/office?week=" + WEEK);
        wait.until(d -> !d.findElements(By.id("numbers-section")).isEmpty());
        shot(browser, "dashboard-" + width + ".png");
        browser.get(base + "/office/digest?week=" + WEEK);
        wait.until(d -> d.getPageSource().contains(WEEK.toString()));
        shot(browser, "digest-" + width + ".png");
      }
    } finally {
      if (browser != null) {
        browser.quit();
      }
      Closing.all(app, db);
    }
  }

  private static void shot(WebDriver browser, String name) throws IOException {
    byte[] png = HeadlessChromium.fullPage(browser, MAX_HEIGHT);
    Files.write(OUT.resolve(name), png);
    assertThat(png.length).as(name + " size").isLessThan(300_000);
  }

  private static void seed(TestApp app) throws IOException {
    Seed seed = new Seed(app.database());
    ClassifierService classifier = app.get(ClassifierService.class);
    Instant monday = WEEK.start(ZONE);
    // the week: the demo's sample lessons on orders ORD-101…ORD-110, ORD-108 closed without one
    Strategy[] strategies = {Strategy.ETO, Strategy.MTO, Strategy.ATO, Strategy.MTS};
    List<SampleLesson> samples = SampleLesson.bundled(new ObjectMapper());
    java.util.Map<String, Long> orders = new java.util.LinkedHashMap<>();
    java.util.Map<String, Instant> closed = new java.util.HashMap<>();
    for (int i = 101; i <= 110; i++) {
      String key = "ORD-" + i;
      Instant at = monday.plus(Duration.ofHours(7 + (i - 101) * 14L));
      orders.put(
          key,
          seed.order(
              key,
              "Customer order " + i,
              strategies[i % strategies.length],
              i % 3 == 0 ? PriorityClass.EXPEDITED : PriorityClass.STANDARD,
              at));
      closed.put(key, at);
    }
    List<Long> weekLessons = new ArrayList<>();
    int n = 0;
    for (SampleLesson s : samples) {
      Instant at = closed.get(s.order()).plus(Duration.ofHours(3 + (n++ * 7L) % 30));
      Classification c =
          classifier.classify(
              LessonInput.of(s.title(), s.text(), Strategy.ETO, PriorityClass.STANDARD));
      L lesson =
          L.of(s.title(), at)
              .body(s.text())
              .unit(c.unit().label())
              .type(c.type().label())
              .direction(c.direction().label());
      weekLessons.add(seed.lesson(orders.get(s.order()), lesson));
    }
    // the eleven weeks before: every 13th labelled dev lesson, five a week, on its own order
    Path dev =
        Path.of(Optional.ofNullable(System.getenv("LO_SHARED_DIR")).orElse("../shared"))
            .resolve("data/lessons-dev.jsonl");
    List<String> lines = Files.readAllLines(dev, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    java.util.Map<String, Long> devOrders = new java.util.HashMap<>();
    List<Long> earlier = new ArrayList<>();
    List<String> earlierTitles = new ArrayList<>();
    int line = 0;
    for (int back = 11; back >= 1; back--) {
      Instant start = WEEK.minus(back).start(ZONE);
      for (int k = 0; k < 2 + (back * 3) % 5; k++) {
        JsonNode d = json.readTree(lines.get(line));
        line += 13;
        JsonNode o = d.get("order");
        String key = o.get("key").asText();
        Instant at = start.plus(Duration.ofHours(9 + k * 26L));
        long orderId =
            devOrders.computeIfAbsent(
                key,
                x ->
                    seed.order(
                        key,
                        o.get("summary").asText(),
                        Strategy.valueOf(o.get("strategy").asText()),
                        o.get("priority").asText().startsWith("High")
                            ? PriorityClass.EXPEDITED
                            : PriorityClass.STANDARD,
                        at));
        JsonNode gold = d.get("gold");
        String title = d.get("title").asText();
        long id =
            seed.lesson(
                orderId,
                L.of(title, at.plus(Duration.ofHours(20)))
                    .body(d.get("text").asText())
                    .unit(Unit.valueOf(gold.get("unit").asText()))
                    .type(LessonType.valueOf(gold.get("type").asText()))
                    .direction(Direction.valueOf(gold.get("direction").asText())));
        earlier.add(id);
        earlierTitles.add((title + " " + d.get("text").asText()).toLowerCase(Locale.ROOT));
      }
    }
    // two of the week's lessons recur: linked to the earlier lessons about the same thing
    recur(app, seed, weekLessons.get(2), earlier, earlierTitles, "lead time");
    recur(app, seed, weekLessons.get(0), earlier, earlierTitles, "spec");
  }

  private static void recur(
      TestApp app, Seed seed, long lesson, List<Long> earlier, List<String> texts, String about) {
    app.execute("UPDATE lessons SET recurrence = 'RECURRENT' WHERE id = " + lesson);
    int linked = 0;
    for (int i = 0; i < earlier.size() && linked < 2; i++) {
      if (texts.get(i).contains(about)) {
        seed.similar(lesson, earlier.get(i), 0.6 - linked * 0.1);
        linked++;
      }
    }
  }
}
