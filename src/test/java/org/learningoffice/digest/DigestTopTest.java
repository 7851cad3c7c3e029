package org.learningoffice.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningoffice.digest.DigestFixtures.WEEK;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.digest.Outline.Block;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Section;
import org.learningoffice.digest.Outline.Span;
import org.learningoffice.digest.Outline.Table;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.digest.delivery.DigestSender;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * A digest people finish: a top that fits one screen, the chart inline in the e-mail, a compact
 * rest that ends at the dashboard, and nothing at all for an empty week.
 */
class DigestTopTest {
  private static final String LEAD = "lead@example.com";
  private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");

  private final TestDatabase db = TestDatabase.open(TestDatabase.Kind.H2);
  private final Mail mail = new Mail();
  private TestApp app;

  @AfterEach
  void close() throws Exception {
    Closing.all(app, mail, db);
  }

  private TestApp app() {
    app = mail.app(LEAD).database(db).build();
    return app;
  }

  /** Three highlights with the longest titles and texts a lesson may have, in many short words. */
  private void seedWordyWeek(Seed seed) {
    String title = "a ".repeat(60).strip(); // 120 characters, 60 words
    String body = "word ".repeat(999).strip();
    long expedited = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.EXPEDITED, TUESDAY);
    long standard = seed.order("ORD-2", "Valve", Strategy.MTO, PriorityClass.STANDARD, TUESDAY);
    seed.lesson(expedited, L.of(title, TUESDAY).body(body));
    seed.lesson(standard, L.of(title, TUESDAY.plusSeconds(1)).body(body).unit(Unit.BETWEEN));
    seed.lesson(
        standard, L.of(title, TUESDAY.plusSeconds(2)).body(body).type(LessonType.EXPLORATION));
    seed.lesson(standard, L.of(title, TUESDAY.plusSeconds(3)).body(body).direction(Direction.FOR));
  }

  @Test
  void theTopHoldsTheNumbersAndThreeHighlightsInAtMost250WordsEvenForTheWordiestLessons() {
    seedWordyWeek(new Seed(app().database()));
    Digest digest = app.get(DigestService.class).build(WEEK);

    Outline outline = OutlineBuilder.outline(digest);

    assertThat(outline.top()).extracting(Section::title).containsExactly("Summary", "Highlights");
    assertThat(outline.top().get(1).blocks()).hasSize(3);
    String chartAlt = new DigestChart().description(digest);
    int words = words(outline.title()) + words(chartAlt);
    for (Section s : outline.top()) {
      words += words(s.title()) + words(text(s.blocks()));
    }
    assertThat(words).isBetween(100, Outline.TOP_WORDS);
  }

  @Test
  void theRestIsCompactAndEndsWithALinkToTheDashboardsWeek() {
    Seed seed = new Seed(app().database());
    long order = seed.order("ORD-1", "Pump", Strategy.ETO, PriorityClass.STANDARD, TUESDAY);
    seed.lesson(order, L.of("Only front office", TUESDAY).type(LessonType.EXPLORATION));
    Digest digest = app.get(DigestService.class).build(WEEK);

    Outline outline = OutlineBuilder.outline(digest);
    String text = app.get(TextRenderer.class).render(digest, Optional.empty());

    Section last = outline.rest().get(outline.rest().size() - 1);
    assertThat(last.title()).isEqualTo("More on the dashboard");
    assertThat(text).contains("<https://lo.example.com/office?week=2026-W48>");
    Section balance =
        outline.rest().stream()
            .filter(s -> s.title().startsWith("Ambidexterity"))
            .findFirst()
            .orElseThrow();
    Table rows = (Table) balance.blocks().get(0);
    // one row per unit with lessons: back office and between had none and are left out
    assertThat(rows.rows()).containsExactly(List.of("Front office", "100% (1/1)", "100% (1/1)"));
    assertThat(app.get(SlackRenderer.class).render(digest).toString())
        .contains("https://lo.example.com/office?week=2026-W48");
  }

  @Test
  void theEmailCarriesTheChartAsAnInlinePngPartThatItsHtmlReferencesByCid() throws Exception {
    seedWordyWeek(new Seed(app().database()));
    mail.start();

    DigestSender.Outcome outcome = app.get(DigestSender.class).send(WEEK);

    assertThat(outcome.sent()).isEqualTo(1);
    MimeMessage message = mail.receivedBy(LEAD).get(0);
    BodyPart related = Mail.find((MimeMultipart) message.getContent(), "multipart/related");
    MimeMultipart parts = (MimeMultipart) related.getContent();
    BodyPart html = Mail.find(parts, "text/html");
    BodyPart png = Mail.find(parts, "image/png");
    String contentId = png.getHeader("Content-ID")[0];
    assertThat(contentId).isEqualTo("<chart-2026-W48@learning-office>");
    assertThat(png.getDisposition()).isEqualTo("inline");
    assertThat((String) html.getContent())
        .contains("src=\"cid:chart-2026-W48@learning-office\"")
        .contains("alt=\"Lessons this week by unit and type:")
        .doesNotContain("data:image");
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(png.getInputStream().readAllBytes()));
    assertThat(image.getWidth()).isEqualTo(2 * DigestChart.WIDTH);
  }

  @Test
  void anEmptyWeekSendsNothingWhileSkipEmptyWeeksIsOnAndOneLineWhenOff() throws Exception {
    mail.start();
    DigestSender.Outcome skipped = app().get(DigestSender.class).send(WEEK);
    app.close();
    app = mail.app(LEAD).database(db).set("digest.skipEmptyWeeks", false).build();
    DigestSender.Outcome sent = app.get(DigestSender.class).send(WEEK);

    assertThat(skipped.emptyWeek()).isTrue();
    assertThat(skipped.sent()).isZero();
    assertThat(sent.emptyWeek()).isFalse();
    assertThat(sent.sent()).isEqualTo(1);
    assertThat(mail.received()).hasSize(1);
    assertThat(Mail.part(mail.received().get(0), "text/plain"))
        .contains("No order closed and no lesson was captured in 2026-W48.");
  }

  private static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static String text(List<Block> blocks) {
    List<String> parts = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Para p) {
        parts.add(spans(p.spans()));
      } else if (b instanceof Entry e) {
        parts.add(spans(e.heading()) + " " + e.body());
      } else if (b instanceof Table t) {
        parts.add(String.join(" ", t.header()));
        t.rows().forEach(r -> parts.add(String.join(" ", r)));
      }
    }
    return String.join(" ", parts);
  }

  private static String spans(List<Span> spans) {
    StringBuilder s = new StringBuilder();
    spans.forEach(span -> s.append(span.text()));
    return s.toString();
  }
}
