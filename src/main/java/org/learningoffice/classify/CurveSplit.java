package org.learningoffice.classify;

import java.util.List;

/**
 * One held-out group of the learning curve: the lessons that may join training as person-confirmed
 * (the first k of them at step k) and the lessons scored at every step.
 *
 * @param group the held-out group
 * @param training lessons of every other group
 * @param confirmable the group's lessons that join training, in the order they join
 * @param test the group's other lessons, never trained on
 */
public record CurveSplit(
    String group,
    List<LabelledLesson> training,
    List<LabelledLesson> confirmable,
    List<LabelledLesson> test) {

  public CurveSplit {
    training = List.copyOf(training);
    confirmable = List.copyOf(confirmable);
    test = List.copyOf(test);
  }

  /** The first k confirmable lessons. */
  public List<LabelledLesson> confirmed(int k) {
    return confirmable.subList(0, Math.min(k, confirmable.size()));
  }
}
