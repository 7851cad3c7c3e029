package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningoffice.digest.DigestFixtures.WEEK;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.NewIssue;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** Every renderer on one model: hostile text stays text, and the HTML renders in a browser. */
class DigestRenderingTest {
  private TestDatabase db;
  private TestApp app;
  private Seed seed;
  private Digest digest;

  @TempDir Path dir;

  @BeforeEach
  void seed() {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    app = DigestFixtures.app().database(db).build();
    seed = new Seed(app.database());
    Hostile.seed(seed);
    digest = app.get(DigestService.class).build(WEEK);
  }

  @AfterEach
  void close() {
    app.close();
    db.close();
  }

  @Test
  void htmlEscapesEveryPieceOfUserText() {
    String html =
        new HtmlRenderer(new DigestChart())
            .render(digest, Optional.of(URI.create("https://lo.example.com/digest/unsubscribe/t")));

    assertThat(html)
        .doesNotContain("<script>", "<img src=x", "<b>Act", "<i>summary", "<!here>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt; &amp; *ping*")
        .contains("Order &lt;i&gt;summary&lt;/i&gt; &amp; *co*")
        .contains("href=\"https://acme.atlassian.net/browse/ORD-66\"")
        .contains("href=\"https://lo.example.com/digest/unsubscribe/t\"");
  }

  @Test
  void slackTextEscapesAmpersandAndAngleBracketsSoNothingPingsOrLinks() throws Exception {
    JsonNode body = app.get(SlackRenderer.class).render(digest);
    String all = allText(body);

    assertThat(all)
        .doesNotContain("<!here>", "<!channel>", "<@U024BE7LH>", "<https://evil.example|")
        .contains("&lt;!channel&gt;", "&lt;@U024BE7LH&gt;", "&lt;script&gt;", "&amp;")
        .contains("<https://acme.atlassian.net/browse/ORD-66|ORD-66>");
    assertThat(body.get("blocks").size()).isLessThanOrEqualTo(50);
    for (JsonNode block : body.get("blocks")) {
      assertThat(block.at("/text/text").asText().length()).isLessThanOrEqualTo(3000);
    }
  }

  @Test
  void slackSplitsALongSectionIntoBlocksInsteadOfCuttingOffItsOrdersAndLinks() throws Exception {
    Instant closed = Instant.parse("2026-11-25T09:00:00Z");
    for (int i = 0; i < 60; i++) {
      seed.order(
          "ORD-" + (200 + i),
          "Order & summary number " + i,
          Strategy.MTS,
          PriorityClass.STANDARD,
          closed.plusSeconds(i));
    }
    Digest week = app.get(DigestService.class).build(WEEK);
    JsonNode body = app.get(SlackRenderer.class).render(week);

    String all = allText(body);
    assertThat(week.closedWithoutLessons()).hasSize(50);
    for (OrderLink o : week.closedWithoutLessons()) {
      assertThat(all).contains("|" + o.order().issueKey() + ">");
    }
    assertThat(all)
        .contains("… and 11 more this week (the newest 50 are listed)")
        .contains("|open 2026-W48 on the dashboard>");
    assertThat(body.get("blocks").size()).isLessThanOrEqualTo(50);
    for (JsonNode block : body.get("blocks")) {
      String text = block.at("/text/text").asText();
      assertThat(text.length()).isLessThanOrEqualTo(3000);
      // no link or escape cut in half: a link ends on its line
      assertThat(text).as(text).doesNotContainPattern("<[^>\n]*(\n|\\z)");
      assertThat(text).doesNotContainPattern("&[a-z]*$").doesNotContainPattern("&[a-z]*…");
    }
  }

  @Test
  void slackCutsAnOverlongBlockOutsideItsLinksAndEscapes() {
    String text = "x".repeat(20) + "<https://a.example/b|ORD-1> &amp; more";

    assertThat(SlackRenderer.cut(text, 30)).isEqualTo("x".repeat(20) + "…");
    assertThat(SlackRenderer.cut(text, 50))
        .isEqualTo("x".repeat(20) + "<https://a.example/b|ORD-1> …");
    assertThat(SlackRenderer.cut("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
    assertThat(SlackRenderer.cut(text, 100)).isEqualTo(text);
  }

  @Test
  void teamsCardEscapesMarkdownInUserText() throws Exception {
    JsonNode body = app.get(TeamsRenderer.class).render(digest);
    String all = allText(body);

    assertThat(body.at("/attachments/0/contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(body.at("/attachments/0/content/type").asText()).isEqualTo("AdaptiveCard");
    assertThat(all)
        .doesNotContain("[click](https://evil.example)", "**bold**", "[now](javascript")
        .contains("\\[click\\]\\(https://evil\\.example\\)", "\\*\\*bold\\*\\*", "\\<script\\>")
        .contains("[ORD\\-66](https://acme.atlassian.net/browse/ORD-66)");
  }

  @Test
  void teamsCardKeepsTheLineBreaksOfALessonsText() throws Exception {
    long o = seed.order("ORD-70", "Press", Strategy.ETO, PriorityClass.STANDARD, null);
    seed.lesson(
        o,
        L.of("Three steps", Instant.parse("2026-11-24T10:00:00Z"))
            .unit(Unit.BETWEEN)
            .body("Before FAT:\r\n1) torque list\n2) cable labels\n\nAfter FAT: photos"));
    JsonNode body = app.get(TeamsRenderer.class).render(app.get(DigestService.class).build(WEEK));

    // Adaptive Card TextBlocks are Markdown: a single line break joins the lines into one
    List<String> texts = new ArrayList<>();
    body.at("/attachments/0/content/body").forEach(b -> texts.add(b.path("text").asText()));
    assertThat(texts)
        .contains("Before FAT:\n\n1\\) torque list\n\n2\\) cable labels\n\nAfter FAT: photos");
  }

  @Test
  void teamsCardOfABusyWeekStaysWithinTeamsMessageSizeAndStillLinksTheDashboard() throws Exception {
    seed.busyWeek(520);
    JsonNode body = app.get(TeamsRenderer.class).render(app.get(DigestService.class).build(WEEK));

    // Teams refuses a webhook message over 28 KB (learn.microsoft.com, "Create an Incoming
    // Webhook"): the whole digest would be lost for the week
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body).length)
        .isLessThanOrEqualTo(TeamsRenderer.MAX_BYTES)
        .isLessThan(28 * 1024);
    String all = allText(body);
    assertThat(all)
        .contains("Learning office digest 2026\\-W48")
        .contains("open 2026\\-W48 on the dashboard](https://lo.example.com/office?week=2026-W48)")
        .contains("does not fit in one Teams message");
  }

  @Test
  void jiraIssueKeepsUserTextAsPlainTextNodes() {
    NewIssue issue = new JiraIssueRenderer().render(digest, "LO", "Task");

    assertThat(issue.summary())
        .isEqualTo("Learning office digest 2026-W48 (23 Nov 2026 – 29 Nov 2026)");
    assertThat(issue.labels()).contains("digest-2026-W48");
    List<String> texts = new ArrayList<>();
    for (Document.Block block : issue.description().blocks()) {
      if (block instanceof Document.BulletList list) {
        list.items()
            .forEach(
                p ->
                    p.content()
                        .forEach(
                            i -> {
                              if (i instanceof Document.Text t) {
                                texts.add(t.text());
                              }
                            }));
      }
    }
    assertThat(texts).contains(Hostile.BODY);
  }

  @Test
  void everyFormatNamesPriorityClassesAndStagesAsTheDashboardDoes() throws Exception {
    String html = new HtmlRenderer(new DigestChart()).render(digest, Optional.empty());
    String text = new TextRenderer().render(digest, Optional.empty());
    String slack = allText(app.get(SlackRenderer.class).render(digest));
    String teams = allText(app.get(TeamsRenderer.class).render(digest));

    for (String rendered : List.of(html, text, slack, teams)) {
      assertThat(rendered)
          .contains("Expedited", "Standard")
          .doesNotContain("EXPEDITED", "STANDARD", "expedited —");
    }
    assertThat(text).contains(" · ETO · Expedited — ");
  }

  @Test
  void textAlternativeKeepsTextVerbatimAndListsLinks() {
    String text = new TextRenderer().render(digest, Optional.empty());

    assertThat(text)
        .contains(Hostile.TITLE)
        .contains("ORD-66 <https://acme.atlassian.net/browse/ORD-66>");
  }

  @Test
  void richWeekRendersInHeadlessChromium() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(HeadlessChromium.CHROMIUM), "no /usr/bin/chromium: screenshot skipped");
    richWeek();
    Digest rich = app.get(DigestService.class).build(WEEK);
    Path html = dir.resolve("digest.html");
    Files.writeString(html, new HtmlRenderer(new DigestChart()).render(rich, Optional.empty()));
    Path target = Path.of("target", "digest-screenshots");
    Files.createDirectories(target);
    Path png = target.resolve("digest-" + WEEK + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    List<String> command = new ArrayList<>();
    command.add(HeadlessChromium.CHROMIUM.toString());
    command.addAll(HeadlessChromium.arguments(dir.resolve("profile"), 720, 2400));
    command.add("--screenshot=" + png);
    command.add(html.toUri().toString());
    Process chromium =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  private void richWeek() {
    Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
    long o1 =
        seed.order(
            "ORD-101",
            "Pump skid for Nordic Water",
            Strategy.ETO,
            PriorityClass.EXPEDITED,
            tuesday);
    long o2 =
        seed.order(
            "ORD-102", "Standard valve batch", Strategy.MTS, PriorityClass.STANDARD, tuesday);
    seed.order("ORD-103", "Control cabinet", Strategy.ATO, PriorityClass.STANDARD, tuesday);
    for (int back = 0; back < 8; back++) {
      Instant at = tuesday.minus(Duration.ofDays(7L * back));
      for (int i = 0; i <= back % 3; i++) {
        seed.lesson(o2, L.of("Explored option " + back + "." + i, at).type(LessonType.EXPLORATION));
      }
      seed.lesson(o2, L.of("Standard work " + back, at).unit(Unit.BACK_OFFICE));
    }
    seed.lesson(
        o1,
        L.of("Frame drawing reused from last pump", tuesday)
            .direction(Direction.FOR)
            .action("Make the frame a module"));
    seed.lesson(
        o1,
        L.of("Sales promised a date production never saw", tuesday)
            .unit(Unit.BETWEEN)
            .timing(Timing.REAL_TIME)
            .recurrent());
  }

  private static String allText(JsonNode node) {
    StringBuilder out = new StringBuilder();
    collect(node, out);
    return out.toString();
  }

  private static void collect(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      out.append(node.asText()).append('\n');
    }
    node.forEach(child -> collect(child, out));
  }
}
