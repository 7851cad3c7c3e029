package org.learningoffice.digest;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Span;

/**
 * The digest's "One year ago this week": the lesson {@link YearAgoLesson} picks from the week 52
 * weeks earlier, in full with its order; nothing when there is none.
 */
final class YearAgoSection implements DigestContribution {
  static final String TITLE = "One year ago this week";

  private final YearAgoLesson yearAgo;

  @Inject
  YearAgoSection(YearAgoLesson yearAgo) {
    this.yearAgo = yearAgo;
  }

  @Override
  public List<Outline.Section> sections(IsoWeek week, ZoneId zone) {
    return yearAgo
        .pick(week)
        .map(pick -> List.of(new Outline.Section(TITLE, List.of(entry(pick, zone)))))
        .orElse(List.of());
  }

  private static Entry entry(YearAgoLesson.Pick pick, ZoneId zone) {
    DigestLesson l = pick.lesson();
    return new Entry(
        List.of(
            Span.strong(l.title()),
            Span.text(" ("),
            Span.link(l.order().issueKey(), l.order().url()),
            Span.text(", " + Labels.DAY.format(l.createdAt().atZone(zone)) + ")")),
        l.text(),
        List.of(Para.of(Span.text(Labels.facets(l) + " — " + pick.reason()))));
  }
}
