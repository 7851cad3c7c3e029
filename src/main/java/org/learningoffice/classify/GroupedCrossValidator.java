package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leave-one-group-out cross-validation: each group (one writer) is scored by a classifier trained
 * on the other groups only, which is how the classifier meets an installation's writers.
 */
public final class GroupedCrossValidator {

  /** One split per group, in group order; every lesson must name its group. */
  public List<GroupSplit> splits(List<LabelledLesson> lessons) {
    Map<String, List<LabelledLesson>> byGroup = new TreeMap<>();
    for (LabelledLesson lesson : lessons) {
      if (lesson.group().isBlank()) {
        throw new ClassifyException(
            "--cross-validate-by group needs a 'group' on every lesson; "
                + lesson.id()
                + " has none");
      }
      byGroup.computeIfAbsent(lesson.group(), g -> new ArrayList<>()).add(lesson);
    }
    if (byGroup.size() < 2) {
      throw new ClassifyException(
          "--cross-validate-by group needs at least two groups, got " + byGroup.keySet());
    }
    List<GroupSplit> splits = new ArrayList<>();
    for (String group : byGroup.keySet()) {
      List<LabelledLesson> training = new ArrayList<>();
      byGroup.forEach(
          (other, members) -> {
            if (!other.equals(group)) {
              training.addAll(members);
            }
          });
      splits.add(new GroupSplit(group, training, byGroup.get(group)));
    }
    return splits;
  }

  /** Scores each held-out group with a classifier the trainer built from the other groups. */
  public GroupedResult crossValidate(List<GroupSplit> splits, ClassifierTrainer trainer) {
    Map<String, EvalResult> byGroup = new LinkedHashMap<>();
    for (GroupSplit split : splits) {
      byGroup.put(split.group(), Scorer.score(trainer.train(split.training()), split.heldOut()));
    }
    return new GroupedResult(byGroup);
  }
}
