package org.learningoffice.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningoffice.digest.Digest.EarlierLesson;
import org.learningoffice.digest.Digest.RecurringTheme;
import org.learningoffice.lesson.DigestQueries.ClosedOrder;
import org.learningoffice.lesson.DigestQueries.OrderRow;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.taxonomy.Recurrence;

/** Turns the store's rows into the digest's records, with links to their tickets. */
final class DigestRows {
  private final TicketLinks links;

  DigestRows(TicketLinks links) {
    this.links = links;
  }

  List<RecurringTheme> recurring(List<DigestLesson> lessons, List<SimilarEarlier> similar) {
    Map<Long, List<EarlierLesson>> earlier = new LinkedHashMap<>();
    for (SimilarEarlier s : similar) {
      List<EarlierLesson> list =
          earlier.computeIfAbsent(s.laterLessonId(), id -> new ArrayList<>());
      if (list.size() < DigestBuilder.EARLIER_PER_THEME) {
        list.add(
            new EarlierLesson(
                s.title(),
                new OrderRef(
                    s.issueKey(),
                    s.summary(),
                    s.strategy(),
                    s.priorityClass(),
                    links.ticket(s.issueKey())),
                s.createdAt(),
                s.score()));
      }
    }
    List<RecurringTheme> themes = new ArrayList<>();
    for (DigestLesson lesson : lessons) {
      List<EarlierLesson> before = earlier.getOrDefault(lesson.id(), List.of());
      if (!before.isEmpty() || lesson.recurrence() == Recurrence.RECURRENT) {
        themes.add(new RecurringTheme(lesson, before));
      }
    }
    return themes;
  }

  OrderRef order(OrderRow o) {
    return new OrderRef(
        o.issueKey(), o.summary(), o.strategy(), o.priorityClass(), links.ticket(o.issueKey()));
  }

  OrderRef order(ClosedOrder o) {
    return new OrderRef(
        o.issueKey(), o.summary(), o.strategy(), o.priorityClass(), links.ticket(o.issueKey()));
  }

  DigestLesson lesson(LessonWithOrder row) {
    Lesson l = row.lesson();
    return new DigestLesson(
        l.id(),
        l.title(),
        l.text(),
        l.unit().value(),
        l.type().value(),
        l.direction().value(),
        l.timing(),
        l.recurrence(),
        l.stage(),
        l.proposedAction(),
        l.author(),
        l.createdAt(),
        new OrderRef(
            row.issueKey(),
            row.summary(),
            row.strategy(),
            row.priorityClass(),
            links.ticket(row.issueKey())));
  }
}
