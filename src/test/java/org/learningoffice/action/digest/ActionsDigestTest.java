package org.learningoffice.action.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.action.LessonAction;
import org.learningoffice.action.LessonActions;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.DigestBuilder;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Outline;
import org.learningoffice.digest.TicketLinks;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** The digest follows proposed actions: open ones by age until done, then "Done this week". */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ActionsDigestTest {
  private static final String ACTION = "Send the <b>jig</b> drawings to the welder & check";

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private TestApp app;
  private long actionId;

  ActionsDigestTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void storeALessonWithAnAction() {
    app = JiraOrder.app(kind, JiraOrder.Site.CLOUD, wireMock).build();
    JiraOrder order = new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock);
    long orderId = order.insertOrder("CLOSED");
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.execute("UPDATE lessons SET proposed_action = '" + ACTION.replace("'", "''") + "'");
    Lesson lesson = app.get(LessonRepository.class).ofOrder(orderId).get(0);
    Optional<LessonAction> proposed =
        app.database().jdbi().inTransaction(h -> app.get(LessonActions.class).propose(h, lesson));
    actionId = proposed.orElseThrow().id();
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

  private List<Outline.Section> sections(IsoWeek week, String title) {
    return app.get(DigestBuilder.class).build(week).contributed().stream()
        .filter(s -> s.title().equals(title))
        .toList();
  }

  @Test
  void anOpenActionIsListedWithItsOrderAgeAssigneeAndStatusUntilDone() {
    app.clock().advance(Duration.ofDays(3));

    List<Outline.Section> open = sections(thisWeek(), ActionsDigestSections.OPEN);

    assertThat(open).hasSize(1);
    Outline.Table table = (Outline.Table) open.get(0).blocks().get(0);
    assertThat(table.header()).containsExactly("action", "order", "open for", "assignee", "status");
    assertThat(table.rows())
        .containsExactly(List.of(ACTION, JiraOrder.ISSUE_KEY, "3 days", "nobody", "no issue"));
    assertThat(table.link(0, 1))
        .contains(app.get(TicketLinks.class).ticket(JiraOrder.ISSUE_KEY))
        .hasValueSatisfying(
            url -> assertThat(url.toString()).endsWith("/browse/" + JiraOrder.ISSUE_KEY));
    assertThat(table.link(0, 4)).as("no issue yet, no link").isEmpty();
    assertThat(sections(thisWeek(), ActionsDigestSections.DONE)).isEmpty();
  }

  @Test
  void anActionDoneThisWeekIsCreditedToItsLessonAndNoLongerOpen() {
    app.clock().advance(Duration.ofDays(1));
    assertThat(app.get(LessonActions.class).markDone(actionId))
        .isEqualTo(LessonActions.MarkedDone.MARKED);

    List<Outline.Section> done = sections(thisWeek(), ActionsDigestSections.DONE);

    assertThat(sections(thisWeek(), ActionsDigestSections.OPEN)).isEmpty();
    assertThat(done).hasSize(1);
    Outline.Para line = (Outline.Para) done.get(0).blocks().get(0);
    assertThat(line.spans().get(0).text()).isEqualTo(ACTION);
    assertThat(line.spans().stream().skip(1).map(Outline.Span::text))
        .containsExactly(" — from the lesson \"Weld jig tolerances\" (", JiraOrder.ISSUE_KEY, ")");
    assertThat(line.spans().get(2).link())
        .contains(app.get(TicketLinks.class).ticket(JiraOrder.ISSUE_KEY));
    assertThat(sections(thisWeek().minus(1), ActionsDigestSections.DONE))
        .as("nothing done the week before")
        .isEmpty();
  }

  @Test
  void anEarlierWeeksDigestListsTheActionsOpenWhenThatWeekEndedNotThoseOpenNow() {
    IsoWeek proposedIn = thisWeek();
    assertThat(sections(proposedIn.minus(1), ActionsDigestSections.OPEN))
        .as("proposed after the week before ended")
        .isEmpty();

    app.clock().advance(Duration.ofDays(15));
    assertThat(app.get(LessonActions.class).markDone(actionId))
        .isEqualTo(LessonActions.MarkedDone.MARKED);

    List<Outline.Section> open = sections(proposedIn, ActionsDigestSections.OPEN);
    assertThat(open).as("done two weeks later, still open when its week ended").hasSize(1);
    assertThat(((Outline.Table) open.get(0).blocks().get(0)).rows().get(0).get(0))
        .isEqualTo(ACTION);
    assertThat(sections(thisWeek(), ActionsDigestSections.OPEN)).isEmpty();
  }

  @Test
  void anOpenActionsIssueLinksToJiraInEveryRenderingThatShowsLinks() {
    app.execute(
        "UPDATE lesson_actions SET state = 'OPEN', issue_id = '10099', issue_key = 'LO-13',"
            + " status = 'To Do'");
    app.clock().advance(Duration.ofDays(1));

    String html =
        app.get(org.learningoffice.digest.HtmlRenderer.class)
            .render(app.get(DigestBuilder.class).build(thisWeek()), Optional.empty());

    TicketLinks links = app.get(TicketLinks.class);
    assertThat(html)
        .contains("href=\"" + links.ticket("LO-13") + "\"")
        .contains("href=\"" + links.ticket(JiraOrder.ISSUE_KEY) + "\"")
        .contains(">LO-13 To Do</a>");
    var digest = app.get(DigestBuilder.class).build(thisWeek());
    assertThat(
            app.get(org.learningoffice.digest.TextRenderer.class).render(digest, Optional.empty()))
        .contains("LO-13 To Do <" + links.ticket("LO-13") + ">");
    assertThat(app.get(org.learningoffice.digest.TeamsRenderer.class).render(digest).toString())
        .contains(" To Do](" + links.ticket("LO-13") + ")");
    assertThat(
            app.get(org.learningoffice.digest.JiraIssueRenderer.class)
                .render(digest, "LO", "Task")
                .toString())
        .contains(links.ticket("LO-13").toString());
  }

  @Test
  void theEmailEscapesTheActionsText() {
    app.clock().advance(Duration.ofDays(1));

    String html =
        app.get(org.learningoffice.digest.HtmlRenderer.class)
            .render(app.get(DigestBuilder.class).build(thisWeek()), Optional.empty());

    assertThat(html)
        .contains("Send the &lt;b&gt;jig&lt;/b&gt; drawings")
        .doesNotContain("<b>jig</b>");
  }
}
