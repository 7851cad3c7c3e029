package org.learningoffice.action.digest;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learningoffice.action.ActionFollowUp;
import org.learningoffice.action.LessonAction;
import org.learningoffice.digest.DigestContribution;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.Outline;
import org.learningoffice.digest.TicketLinks;

/**
 * The digest's follow-up of proposed actions: "Open actions" (those open when the week ended),
 * oldest first with their order, age, assignee and status, until done; and "Done this week",
 * crediting the lesson each came from. Nothing when there is nothing to list.
 */
final class ActionsDigestSections implements DigestContribution {
  static final String OPEN = "Open actions";
  static final String DONE = "Done this week";
  static final int LISTED = 10;

  private final ActionFollowUp followUp;
  private final TicketLinks links;
  private final Clock clock;

  @Inject
  ActionsDigestSections(ActionFollowUp followUp, TicketLinks links, Clock clock) {
    this.followUp = followUp;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public List<Outline.Section> sections(IsoWeek week, ZoneId zone) {
    List<Outline.Section> sections = new ArrayList<>();
    // an earlier week's digest (a catch-up, a preview) lists what was open when that week ended
    Instant asOf = earlier(week.end(zone), clock.instant());
    ActionFollowUp.Open open = followUp.openAt(asOf, LISTED);
    if (!open.listed().isEmpty()) {
      sections.add(open(open, asOf));
    }
    List<ActionFollowUp.Followed> done = followUp.doneBetween(week.start(zone), week.end(zone));
    if (!done.isEmpty()) {
      sections.add(done(done));
    }
    return sections;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The open actions as a table: the order and the action's issue link to Jira. */
  private Outline.Section open(ActionFollowUp.Open open, Instant asOf) {
    List<List<String>> rows = new ArrayList<>();
    List<List<Optional<URI>>> linked = new ArrayList<>();
    for (ActionFollowUp.Followed f : open.listed()) {
      LessonAction action = f.action();
      Optional<URI> none = Optional.empty();
      linked.add(
          List.of(
              none,
              Optional.of(links.ticket(f.lesson().issueKey())),
              none,
              none,
              action.issueKey().map(links::ticket)));
      long days = Math.max(0, Duration.between(action.createdAt(), asOf).toDays());
      rows.add(
          List.of(
              action.text(),
              f.lesson().issueKey(),
              days == 1 ? "1 day" : days + " days",
              action.assignee().orElse("nobody"),
              action
                  .issueKey()
                  .map(key -> key + " " + action.status().orElse(""))
                  .orElse("no issue")
                  .strip()));
    }
    List<Outline.Block> blocks = new ArrayList<>();
    blocks.add(
        new Outline.Table(
            List.of("action", "order", "open for", "assignee", "status"), rows, linked));
    if (open.unlisted() > 0) {
      blocks.add(Outline.Para.of(Outline.Span.text("and " + open.unlisted() + " more, newer")));
    }
    return new Outline.Section(OPEN, blocks);
  }

  private Outline.Section done(List<ActionFollowUp.Followed> done) {
    List<Outline.Block> blocks = new ArrayList<>();
    for (ActionFollowUp.Followed f : done) {
      String order = f.lesson().issueKey();
      blocks.add(
          Outline.Para.of(
              Outline.Span.strong(f.action().text()),
              Outline.Span.text(" — from the lesson \"" + f.lesson().lesson().title() + "\" ("),
              Outline.Span.link(order, links.ticket(order)),
              Outline.Span.text(")")));
    }
    return new Outline.Section(DONE, blocks);
  }
}
