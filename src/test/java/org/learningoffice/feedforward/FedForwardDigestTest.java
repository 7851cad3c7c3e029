package org.learningoffice.feedforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.Digest;
import org.learningoffice.digest.DigestBuilder;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Outline;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** The week's digest says how many lessons were fed forward and how many were voted helped. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class FedForwardDigestTest {
  private final TestDatabase.Kind kind;
  private TestApp app;
  private RelatedFixture fixture;

  FedForwardDigestTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start() {
    app = TestApp.from("base.yml", "capture-jira.yml").database(kind).build();
    fixture = new RelatedFixture(app);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private IsoWeek thisWeek() {
    ZoneId zone = app.get(DigestConfig.class).zone();
    return IsoWeek.of(LocalDate.ofInstant(app.clock().instant(), zone));
  }

  private List<Outline.Section> fedForward(IsoWeek week) {
    Digest digest = app.get(DigestBuilder.class).build(week);
    return digest.contributed().stream()
        .filter(s -> s.title().equals(FedForwardDigestSection.TITLE))
        .toList();
  }

  private static String text(Outline.Section section) {
    StringBuilder text = new StringBuilder();
    for (Outline.Block block : section.blocks()) {
      if (block instanceof Outline.Para para) {
        para.spans().forEach(span -> text.append(span.text()));
      }
    }
    return text.toString();
  }

  @Test
  void theWeekTheLessonsWerePostedCountsThemAndTheHelpedVotes() {
    FeedForwardStore store = app.get(FeedForwardStore.class);
    int fed = store.find(fixture.orderId).orElseThrow().lessons().size();
    store.markPosted(fixture.orderId, 1, app.clock().instant());
    store.vote(fixture.orderId, fixture.drawings, Vote.HELPED, app.clock().instant());

    List<Outline.Section> sections = fedForward(thisWeek());

    assertThat(fed).isPositive();
    assertThat(sections).hasSize(1);
    assertThat(text(sections.get(0)))
        .startsWith((fed == 1 ? "1 lesson" : fed + " lessons") + " from earlier orders")
        .contains("; 1 voted \"helped\"");
  }

  @Test
  void aWeekWithNothingFedForwardHasNoSuchSection() {
    FeedForwardStore store = app.get(FeedForwardStore.class);
    store.markPosted(fixture.orderId, 1, app.clock().instant());

    assertThat(fedForward(thisWeek().minus(1))).isEmpty();
    app.clock().advance(Duration.ofDays(7));
    assertThat(fedForward(thisWeek())).isEmpty();
  }
}
