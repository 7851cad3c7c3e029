package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code classify eval --learning-curve}: how a writer's own confirmed lessons improve the
 * classifier on that writer. For each held-out group, k of its lessons join training as
 * person-confirmed (weighted as the service weights them) and the group's remaining lessons are
 * scored; the same remaining lessons at every k.
 */
public final class LearningCurve {

  /** The numbers of confirmed lessons the curve is drawn at. */
  public static final List<Integer> STEPS = List.of(0, 10, 20, 40);

  private final LearnedClassifierTrainer trainer;
  private final long seed;

  /**
   * @param seed picks which of a group's lessons are confirmed: the same seed, the same lessons
   */
  public LearningCurve(LearnedClassifierTrainer trainer, long seed) {
    this.trainer = trainer;
    this.seed = seed;
  }

  /** One split per group; a group needs more lessons than the largest step. */
  public List<CurveSplit> splits(List<LabelledLesson> lessons) {
    int most = STEPS.get(STEPS.size() - 1);
    List<CurveSplit> splits = new ArrayList<>();
    for (GroupSplit split : new GroupedCrossValidator().splits(lessons)) {
      if (split.heldOut().size() <= most) {
        throw new ClassifyException(
            "--learning-curve needs more than "
                + most
                + " lessons in every group; "
                + split.group()
                + " has "
                + split.heldOut().size());
      }
      List<LabelledLesson> shuffled = new ArrayList<>(split.heldOut());
      Collections.shuffle(shuffled, new Random(seed));
      splits.add(
          new CurveSplit(
              split.group(),
              split.training(),
              shuffled.subList(0, most),
              shuffled.subList(most, shuffled.size())));
    }
    return splits;
  }

  /** Scores per step, each over every group. */
  public Map<Integer, GroupedResult> run(List<LabelledLesson> lessons) {
    List<CurveSplit> splits = splits(lessons);
    Map<Integer, GroupedResult> curve = new LinkedHashMap<>();
    for (int k : STEPS) {
      Map<String, EvalResult> byGroup = new LinkedHashMap<>();
      for (CurveSplit split : splits) {
        Classifier classifier = trainer.train(split.training(), split.confirmed(k));
        byGroup.put(split.group(), Scorer.score(classifier, split.test()));
      }
      curve.put(k, new GroupedResult(byGroup));
    }
    return curve;
  }
}
