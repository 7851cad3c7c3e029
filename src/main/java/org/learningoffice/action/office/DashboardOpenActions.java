package org.learningoffice.action.office;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.learningoffice.action.ActionFollowUp;
import org.learningoffice.action.LessonAction;
import org.learningoffice.office.OpenActions;

/** The dashboard's open actions, from the same follow-up as the digest's. */
final class DashboardOpenActions implements OpenActions {
  private final ActionFollowUp followUp;
  private final Clock clock;

  @Inject
  DashboardOpenActions(ActionFollowUp followUp, Clock clock) {
    this.followUp = followUp;
    this.clock = clock;
  }

  @Override
  public Open oldestFirst(int limit) {
    ActionFollowUp.Open open = followUp.openAt(clock.instant(), limit);
    List<Row> rows =
        open.listed().stream()
            .map(
                f -> {
                  LessonAction action = f.action();
                  return new Row(
                      action.id(),
                      f.lesson().lesson().title(),
                      f.lesson().issueKey(),
                      action.createdAt(),
                      action.issueKey(),
                      action.assignee(),
                      action.status());
                })
            .toList();
    return new Open(rows, open.total());
  }
}
