package org.learningoffice.capture;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.classify.Classification;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.order.StoredOrder;

/**
 * What the form page shows: the order, its lessons so far, the values entered (with the CSRF value
 * and nonce of this rendering), a message per wrong field, and the classifier's suggestions for the
 * text entered, if there is any text; the lessons earlier orders offered this one (feed forward)
 * and which of them the person marked "this happened again"; the lessons' proposed actions and
 * their Jira issues.
 */
record FormPage(
    String token,
    StoredOrder order,
    List<Lesson> lessons,
    FormFields values,
    Map<String, String> errors,
    Optional<Classification> suggestions,
    boolean rulesOnly,
    List<OrderRelatedLessons.Offered> related,
    List<String> again,
    FormActions actions) {

  FormPage {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(order, "order");
    lessons = List.copyOf(lessons);
    Objects.requireNonNull(values, "values");
    errors = Map.copyOf(errors);
    Objects.requireNonNull(suggestions, "suggestions");
    related = List.copyOf(related);
    again = List.copyOf(again);
    Objects.requireNonNull(actions, "actions");
  }
}
