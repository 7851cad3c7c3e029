package org.learningoffice.capture;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.action.ActionIssue;

/**
 * What the form shows of the order's proposed actions: whether issues can be asked for ({@code
 * actions.project} is set), where each lesson's action issue stands (by lesson id), and what the
 * last request for one did or why it could not be done.
 */
record FormActions(
    boolean issuesEnabled, Map<Long, ActionIssue> issues, Optional<ActionNotice> notice) {
  FormActions {
    issues = Map.copyOf(issues);
    Objects.requireNonNull(notice, "notice");
  }
}
