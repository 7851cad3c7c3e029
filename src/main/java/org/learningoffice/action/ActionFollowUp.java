package org.learningoffice.action;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.RelatedCandidates;

/** Actions as the digest and the dashboard report them, each with its lesson and order. */
public final class ActionFollowUp {
  /** An action with the lesson that proposed it. */
  public record Followed(LessonAction action, LessonWithOrder lesson) {}

  /** The oldest actions not done yet, and how many there are in all. */
  public record Open(List<Followed> listed, int total) {
    public Open {
      listed = List.copyOf(listed);
    }

    /** How many are not listed. */
    public int unlisted() {
      return Math.max(0, total - listed.size());
    }
  }

  private final ActionRepository actions;
  private final RelatedCandidates lessons;

  @Inject
  ActionFollowUp(ActionRepository actions, RelatedCandidates lessons) {
    this.actions = actions;
    this.lessons = lessons;
  }

  /**
   * The actions open at {@code asOf} (proposed by then, not yet done), oldest first, {@code limit}
   * at most: the actions not done yet when {@code asOf} is now.
   */
  public Open openAt(Instant asOf, int limit) {
    List<Followed> listed = withLessons(actions.notDoneAt(asOf, limit));
    return new Open(listed, Math.max(listed.size(), actions.countNotDoneAt(asOf)));
  }

  /** The actions done in {@code [start, end)}, in the order they were done. */
  public List<Followed> doneBetween(Instant start, Instant end) {
    return withLessons(actions.doneBetween(start, end));
  }

  private List<Followed> withLessons(List<LessonAction> listed) {
    Map<Long, LessonWithOrder> byId =
        lessons.byIds(listed.stream().map(LessonAction::lessonId).toList()).stream()
            .collect(Collectors.toMap(l -> l.lesson().id(), Function.identity()));
    return listed.stream()
        .filter(a -> byId.containsKey(a.lessonId()))
        .map(a -> new Followed(a, byId.get(a.lessonId())))
        .toList();
  }
}
