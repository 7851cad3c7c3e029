package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningCurveTest {

  private final LearningCurve curve =
      new LearningCurve(
          Classifiers.injector(ClassifySettings.defaults())
              .getInstance(LearnedClassifierTrainer.class),
          7L);

  @Test
  void theConfirmedLessonsNeverAppearInTheTestPart() {
    List<CurveSplit> splits = curve.splits(lessons(2, 55));

    for (CurveSplit split : splits) {
      Set<String> test = ids(split.test());
      for (int k : LearningCurve.STEPS) {
        assertThat(ids(split.confirmed(k))).hasSize(k).doesNotContainAnyElementsOf(test);
        assertThat(split.confirmed(k)).allMatch(l -> l.group().equals(split.group()));
      }
      assertThat(split.test()).hasSize(15).allMatch(l -> l.group().equals(split.group()));
      assertThat(split.training()).noneMatch(l -> l.group().equals(split.group()));
    }
  }

  @Test
  void eachStepAddsToTheLessonsOfTheStepBefore() {
    CurveSplit split = curve.splits(lessons(2, 50)).get(0);

    assertThat(split.confirmed(20)).startsWith(split.confirmed(10).toArray(LabelledLesson[]::new));
    assertThat(split.confirmed(40)).startsWith(split.confirmed(20).toArray(LabelledLesson[]::new));
  }

  @Test
  void refusesAGroupTooSmallForTheLargestStep() {
    assertThatThrownBy(() -> curve.splits(lessons(2, 40)))
        .isInstanceOf(ClassifyException.class)
        .hasMessageContaining("more than 40 lessons");
  }

  private static List<LabelledLesson> lessons(int groups, int perGroup) {
    List<LabelledLesson> lessons = new ArrayList<>();
    for (int g = 1; g <= groups; g++) {
      for (int i = 0; i < perGroup; i++) {
        lessons.add(GroupedCrossValidatorTest.lesson("g" + g + "-" + i, "text " + i, "g" + g));
      }
    }
    return lessons;
  }

  private static Set<String> ids(List<LabelledLesson> lessons) {
    Set<String> ids = new HashSet<>();
    lessons.forEach(l -> ids.add(l.id()));
    return ids;
  }
}
