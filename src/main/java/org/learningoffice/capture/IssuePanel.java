package org.learningoffice.capture;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.OrderStatus;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.web.HttpError;

/**
 * The lessons of an order as Jira's issue view shows them (the Forge issue panel and issue
 * context): the order's lessons, its capture status, and lessons taken in through {@link
 * LessonCapture}, the form's own service. The caller has already proven who is asking and which
 * issue is open (the Forge Invocation Token stands in for the form link and its CSRF check).
 */
public final class IssuePanel {
  static final String NOT_AN_ORDER =
      "This issue is not an order the learning office knows (yet): it is outside the orders JQL,"
          + " or its events have not arrived.";

  /**
   * A panel's form nonce, random per rendering: checked for its form, as the form link's is. What
   * makes a lesson stored once is the lesson itself (issue, author, title, text; {@code
   * SubmissionKey}).
   */
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  /** Where an issue stands on lessons. */
  public enum CaptureStatus {
    /** Not an order (outside the orders JQL, or not seen yet). */
    NOT_AN_ORDER,
    /** An open order: lessons may be written in real time. */
    OPEN,
    /** Closed, and no lesson yet: the form is waiting. */
    AWAITING_LESSON,
    /** At least one lesson is recorded. */
    CAPTURED
  }

  /** What the panel shows. */
  public record View(
      Optional<StoredOrder> order,
      List<Lesson> lessons,
      List<OrderRelatedLessons.Offered> related,
      CaptureStatus status,
      boolean rulesOnly) {
    public View {
      lessons = List.copyOf(lessons);
      related = List.copyOf(related);
    }
  }

  /**
   * The outcome of a lesson sent from the panel: stored ({@code before} when the same person had
   * sent the same lesson already, which is then not stored again), or a message per wrong field.
   */
  public record Outcome(
      Optional<Lesson> stored,
      boolean before,
      List<SimilarEarlier> similar,
      Map<String, String> errors) {
    public Outcome {
      similar = List.copyOf(similar);
      errors = Map.copyOf(errors);
    }
  }

  private final OrderRepository orders;
  private final LessonRepository lessons;
  private final LessonCapture capture;
  private final OrderRelatedLessons related;

  @Inject
  IssuePanel(
      OrderRepository orders,
      LessonRepository lessons,
      LessonCapture capture,
      OrderRelatedLessons related) {
    this.orders = orders;
    this.lessons = lessons;
    this.capture = capture;
    this.related = related;
  }

  /**
   * The order of an issue, its lessons, the earlier lessons fed forward to it, and its capture
   * status.
   */
  public View view(String issueId) {
    Optional<StoredOrder> order = orders.findByIssueId(issueId);
    List<Lesson> recorded = order.map(o -> lessons.ofOrder(o.id())).orElse(List.of());
    List<OrderRelatedLessons.Offered> offered =
        order.map(o -> related.of(o.id())).orElse(List.of());
    return new View(order, recorded, offered, status(order, recorded), capture.rulesOnly());
  }

  /**
   * Takes a lesson for the issue's order through the form's one code path; {@code again} names the
   * earlier lessons (public ids) the person marked "this happened again".
   */
  public Outcome submit(String issueId, FormFields form, List<String> again) {
    StoredOrder order = order(issueId);
    if (!NONCE.matcher(form.nonce()).matches()) {
      throw HttpError.badRequest("nonce must be 16 to 64 letters, digits, '-' or '_'");
    }
    Submission outcome = capture.accept("", order, form, again);
    if (outcome instanceof Submission.Stored stored) {
      return new Outcome(Optional.of(stored.lesson()), stored.before(), stored.similar(), Map.of());
    }
    return new Outcome(
        Optional.empty(), false, List.of(), ((Submission.Rejected) outcome).page().errors());
  }

  /** Live suggestions for what has been written so far, as the form's script receives them. */
  public Map<String, Object> suggest(String issueId, SuggestRequest request) {
    return SuggestionsAnswer.to(
        request, capture.suggest(order(issueId), request), capture.rulesOnly());
  }

  private StoredOrder order(String issueId) {
    return orders.findByIssueId(issueId).orElseThrow(() -> new HttpError(404, NOT_AN_ORDER));
  }

  private static CaptureStatus status(Optional<StoredOrder> order, List<Lesson> recorded) {
    if (order.isEmpty()) {
      return CaptureStatus.NOT_AN_ORDER;
    }
    if (!recorded.isEmpty()) {
      return CaptureStatus.CAPTURED;
    }
    return order.get().state().status() == OrderStatus.OPEN
        ? CaptureStatus.OPEN
        : CaptureStatus.AWAITING_LESSON;
  }
}
