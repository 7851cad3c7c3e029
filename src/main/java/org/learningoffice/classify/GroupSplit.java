package org.learningoffice.classify;

import java.util.List;

/**
 * One fold of grouped cross-validation: a writer's lessons held out, everyone else's to train on.
 *
 * @param group the held-out group
 * @param training lessons of every other group
 * @param heldOut lessons of the group
 */
public record GroupSplit(
    String group, List<LabelledLesson> training, List<LabelledLesson> heldOut) {

  public GroupSplit {
    training = List.copyOf(training);
    heldOut = List.copyOf(heldOut);
  }
}
