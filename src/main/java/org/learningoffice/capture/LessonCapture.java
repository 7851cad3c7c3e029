package org.learningoffice.capture;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.action.LessonActions;
import org.learningoffice.classify.Classification;
import org.learningoffice.classify.ClassifierTraining;
import org.learningoffice.classify.LessonInput;
import org.learningoffice.classify.LessonSuggester;
import org.learningoffice.classify.LessonSuggestions;
import org.learningoffice.classify.RecurrenceFinding;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.NewLesson;
import org.learningoffice.order.OrderStatus;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.web.HttpError;

/**
 * The lesson-capture form's one service: opens the form for a link, takes a submission (link, CSRF,
 * validation, classification, recurrence, storage with its write-back job) and answers live
 * suggestions. The HTTP routes only parse and render.
 */
public final class LessonCapture {
  static final String CSRF_REFUSED =
      "This form could not be accepted: it was opened in another browser, or too long ago, or"
          + " cookies are blocked. Open the form link again, and submit from the page it shows.";

  private final OrderAccess access;
  private final CsrfTokens csrf;
  private final FormValidator validator = new FormValidator();
  private final LessonSuggester suggester;
  private final ClassifierTraining training;
  private final LessonRepository lessons;
  private final LessonRecorder recorder;
  private final OrderRelatedLessons related;
  private final LessonActions actions;

  @Inject
  LessonCapture(
      OrderAccess access,
      CsrfTokens csrf,
      LessonSuggester suggester,
      ClassifierTraining training,
      LessonRepository lessons,
      LessonRecorder recorder,
      OrderRelatedLessons related,
      LessonActions actions) {
    this.access = access;
    this.csrf = csrf;
    this.suggester = suggester;
    this.training = training;
    this.lessons = lessons;
    this.recorder = recorder;
    this.related = related;
    this.actions = actions;
  }

  /** A fresh browser key for the CSRF cookie. */
  String newBrowserKey() {
    return csrf.randomValue();
  }

  /** An empty form for the link's order, with a new nonce signed for this browser. */
  FormPage blankForm(String token, String browserKey) {
    StoredOrder order = access.order(token);
    String nonce = csrf.randomValue();
    List<Lesson> given = lessons.ofOrder(order.id());
    return new FormPage(
        token,
        order,
        given,
        FormFields.blank(csrf.sign(browserKey, token, nonce), nonce),
        Map.of(),
        Optional.empty(),
        !training.isReady(),
        related.of(order.id()),
        List.of(),
        formActions(given, Optional.empty()));
  }

  /**
   * Asks for the Jira issue of a stored lesson's proposed action (the form's button, CSRF-checked
   * like a submission) and answers with the form saying where the issue stands, or why none can be
   * asked for (no such lesson: 404; no action, or issues off: 409), holding the lesson being
   * written ({@code draft}, its fields as the button's script sent them, and {@code again})
   * unchecked and unsaved; asking again changes nothing.
   *
   * @throws FormLinkRefused for a bad link or CSRF value
   */
  FormPage requestActionIssue(
      String token, FormFields draft, List<String> again, String lessonId, String browserKey) {
    StoredOrder order = access.order(token);
    if (!csrf.accepts(browserKey, token, draft.nonce(), draft.csrf())) {
      throw new FormLinkRefused(CSRF_REFUSED);
    }
    ActionNotice notice =
        lessons.ofOrder(order.id()).stream()
            .filter(l -> l.publicId().equals(lessonId))
            .findFirst()
            .map(this::requestIssue)
            .orElse(ActionNotice.refused(404, ActionNotices.NO_SUCH_LESSON));
    List<Lesson> given = lessons.ofOrder(order.id());
    List<OrderRelatedLessons.Offered> offered = related.of(order.id());
    return new FormPage(
        token,
        order,
        given,
        draft,
        Map.of(),
        Optional.empty(),
        !training.isReady(),
        offered,
        happenedAgain(offered, again),
        formActions(given, Optional.of(notice)));
  }

  private ActionNotice requestIssue(Lesson lesson) {
    return switch (actions.requestIssue(lesson)) {
      case QUEUED ->
          ActionNotice.taken(
              ActionNotices.requested(actions.issuesOf(List.of(lesson)).get(lesson.id())));
      case DONE -> ActionNotice.taken(ActionNotices.DONE_WITHOUT_ISSUE);
      case NO_ACTION -> ActionNotice.refused(409, ActionNotices.NO_ACTION);
      case OFF -> ActionNotice.refused(409, ActionNotices.OFF);
    };
  }

  private FormActions formActions(List<Lesson> given, Optional<ActionNotice> notice) {
    return new FormActions(actions.issuesEnabled(), actions.issuesOf(given), notice);
  }

  /** Takes a submitted form: stores the lesson, or returns the form with its problems. */
  Submission submit(String token, FormFields form, List<String> again, String browserKey) {
    StoredOrder order = access.order(token);
    if (!csrf.accepts(browserKey, token, form.nonce(), form.csrf())) {
      throw new FormLinkRefused(CSRF_REFUSED);
    }
    return accept(token, order, form, again);
  }

  /**
   * Validates, classifies and stores a lesson for an order whichever door it came in by (the form
   * link after its CSRF check, the Forge issue panel after its invocation token): one code path.
   * The same person's same title and text on the same order is one lesson ({@link SubmissionKey}),
   * stored once however often and from however many renderings of the form it is sent.
   */
  Submission accept(String token, StoredOrder order, FormFields form) {
    return accept(token, order, form, List.of());
  }

  /**
   * {@link #accept(String, StoredOrder, FormFields)} with the earlier lessons (public ids) the
   * person marked "this happened again": those the order was offered make the lesson {@code
   * RECURRENT}, each recorded as an occurrence; any other id is ignored.
   */
  Submission accept(String token, StoredOrder order, FormFields form, List<String> again) {
    List<OrderRelatedLessons.Offered> offered = related.of(order.id());
    List<String> happenedAgain = happenedAgain(offered, again);
    FormValidator.Result result = validator.validate(form);
    if (result.lesson().isEmpty()) {
      Optional<Classification> suggestions =
          form.text().isBlank() && form.title().isBlank()
              ? Optional.empty()
              : Optional.of(
                  suggester.suggest(order.id(), input(order, form, result)).classification());
      List<Lesson> given = lessons.ofOrder(order.id());
      return new Submission.Rejected(
          new FormPage(
              token,
              order,
              given,
              form,
              result.errors(),
              suggestions,
              !training.isReady(),
              offered,
              happenedAgain,
              formActions(given, Optional.empty())));
    }
    ValidLesson valid = result.lesson().get();
    LessonSuggestions suggestions =
        suggester.suggest(
            order.id(),
            new LessonInput(
                valid.title(),
                valid.text(),
                valid.stage(),
                order.strategy(),
                order.priorityClass()));
    Classification c = suggestions.classification();
    RecurrenceFinding recurrence = suggestions.recurrence();
    NewLesson lesson =
        new NewLesson(
            order.id(),
            SubmissionKey.of(order.issueId(), valid),
            valid.title(),
            valid.text(),
            valid.stage(),
            FacetChooser.choose(valid.unit(), c.unit()),
            FacetChooser.choose(valid.type(), c.type()),
            FacetChooser.choose(valid.direction(), c.direction()),
            order.state().status() == OrderStatus.OPEN ? Timing.REAL_TIME : Timing.RETROSPECTIVE,
            happenedAgain.isEmpty() ? recurrence.recurrence() : Recurrence.RECURRENT,
            valid.action(),
            valid.author(),
            suggestions.modelVersion(),
            occurrences(recurrence, happenedAgain));
    LessonRecorder.Recorded recorded = recorder.record(order, lesson);
    Lesson stored = recorded.lesson();
    if (lesson.confirmedByPerson() && !recorded.before()) {
      training.retrainSoon();
    }
    return new Submission.Stored(
        token, order, stored, lessons.similarTo(stored.id()), recorded.before());
  }

  /** The public ids in {@code again} of lessons the order was offered; any other is ignored. */
  private static List<String> happenedAgain(
      List<OrderRelatedLessons.Offered> offered, List<String> again) {
    return offered.stream()
        .map(OrderRelatedLessons.Offered::publicId)
        .filter(again::contains)
        .toList();
  }

  /**
   * The earlier lessons the new one repeats: those a person marked (similarity 1: a person said
   * so), then those the text matched, each once.
   */
  private static List<NewLesson.Similar> occurrences(
      RecurrenceFinding finding, List<String> happenedAgain) {
    List<NewLesson.Similar> similar = new java.util.ArrayList<>();
    happenedAgain.forEach(id -> similar.add(new NewLesson.Similar(id, 1.0)));
    finding.similar().stream()
        .filter(s -> !happenedAgain.contains(s.id()))
        .forEach(s -> similar.add(new NewLesson.Similar(s.id(), s.similarity())));
    return similar;
  }

  /** Live suggestions for what has been written so far (no CSRF: nothing is changed). */
  LessonSuggestions suggest(String token, SuggestRequest request) {
    return suggest(access.order(token), request);
  }

  /** Live suggestions for an order already identified by its door. */
  LessonSuggestions suggest(StoredOrder order, SuggestRequest request) {
    if (FormValidator.characters(request.title()) > FormLimits.TITLE_CHARS
        || FormValidator.characters(request.text()) > FormLimits.TEXT_CHARS) {
      throw new HttpError(
          422,
          "title must be at most "
              + FormLimits.TITLE_CHARS
              + " characters and text at most "
              + FormLimits.TEXT_CHARS);
    }
    Optional<Stage> stage;
    try {
      stage =
          request.stage().isEmpty()
              ? Optional.empty()
              : Optional.of(Stage.valueOf(request.stage()));
    } catch (IllegalArgumentException e) {
      throw new HttpError(422, "stage is not one of " + List.of(Stage.values()));
    }
    return suggester.suggest(
        order.id(),
        new LessonInput(
            request.title(), request.text(), stage, order.strategy(), order.priorityClass()));
  }

  /** Whether suggestions come from the rules alone (the learned model is still training). */
  boolean rulesOnly() {
    return !training.isReady();
  }

  private static LessonInput input(
      StoredOrder order, FormFields form, FormValidator.Result result) {
    Optional<Stage> stage =
        result.errors().containsKey("stage") || form.stage().isEmpty()
            ? Optional.empty()
            : Optional.of(Stage.valueOf(form.stage()));
    return new LessonInput(
        truncate(form.title(), FormLimits.TITLE_CHARS),
        truncate(form.text(), FormLimits.TEXT_CHARS),
        stage,
        order.strategy(),
        order.priorityClass());
  }

  private static String truncate(String value, int max) {
    return FormValidator.characters(value) <= max
        ? value
        : value.substring(0, value.offsetByCodePoints(0, max));
  }
}
