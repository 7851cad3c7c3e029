package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.RelatedCandidates;

/** The lessons an order received, read in their place order (a lesson deleted since drops out). */
final class FedLessons {
  private final RelatedCandidates lessons;

  @Inject
  FedLessons(RelatedCandidates lessons) {
    this.lessons = lessons;
  }

  List<RankedLesson> of(FeedForwardStore.Fed fed) {
    Map<Long, LessonWithOrder> byId =
        lessons
            .byIds(fed.lessons().stream().map(FeedForwardStore.Placed::lessonId).toList())
            .stream()
            .collect(Collectors.toMap(l -> l.lesson().id(), Function.identity()));
    List<RankedLesson> ranked = new ArrayList<>();
    for (FeedForwardStore.Placed placed : fed.lessons()) {
      LessonWithOrder lesson = byId.get(placed.lessonId());
      if (lesson != null) {
        ranked.add(new RankedLesson(lesson, placed.relevance()));
      }
    }
    return ranked;
  }
}
