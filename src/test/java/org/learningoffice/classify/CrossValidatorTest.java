package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

class CrossValidatorTest {

  private static List<LabelledLesson> lessons(int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                new LabelledLesson(
                    "L" + i,
                    LessonInput.of("t" + i, "text " + i, Strategy.MTO, PriorityClass.STANDARD),
                    new FacetLabels(Unit.BETWEEN, LessonType.EXPLOITATION, Direction.FROM)))
        .toList();
  }

  /** A trainer that remembers what each classifier was trained on and what it scored. */
  private static final class RecordingTrainer implements ClassifierTrainer {
    final Map<String, Integer> scoredTimes = new HashMap<>();
    final List<String> violations = new ArrayList<>();

    @Override
    public Classifier train(List<LabelledLesson> training) {
      Set<String> trainedOn = new HashSet<>();
      training.forEach(l -> trainedOn.add(l.input().title()));
      Classifier majority = MajorityClassifier.trainer(ClassifySettings.defaults()).train(training);
      return input -> {
        if (trainedOn.contains(input.title())) {
          violations.add(input.title());
        }
        scoredTimes.merge(input.title(), 1, Integer::sum);
        return majority.classify(input);
      };
    }
  }

  @Test
  void neverScoresALessonWithAClassifierTrainedOnIt() {
    RecordingTrainer trainer = new RecordingTrainer();

    EvalResult result = new CrossValidator(7).crossValidate(lessons(53), 10, trainer);

    assertThat(trainer.violations).isEmpty();
    assertThat(result.n()).isEqualTo(53);
  }

  @Test
  void scoresEveryLessonExactlyOnce() {
    RecordingTrainer trainer = new RecordingTrainer();

    new CrossValidator(7).crossValidate(lessons(23), 5, trainer);

    assertThat(trainer.scoredTimes)
        .hasSize(23)
        .allSatisfy((id, times) -> assertThat(times).isOne());
  }

  @Test
  void sameSeedGivesTheSameFolds() {
    ClassifierTrainer firstTitle =
        training -> {
          String first = training.get(0).id();
          return input ->
              new Classification(
                  new FacetSuggestion<>(
                      input.title().hashCode() % 2 == first.hashCode() % 2
                          ? Unit.BETWEEN
                          : Unit.FRONT_OFFICE,
                      0.5,
                      "x",
                      false),
                  new FacetSuggestion<>(LessonType.EXPLOITATION, 0.5, "x", false),
                  new FacetSuggestion<>(Direction.FROM, 0.5, "x", false));
        };

    EvalResult a = new CrossValidator(3).crossValidate(lessons(40), 4, firstTitle);
    EvalResult b = new CrossValidator(3).crossValidate(lessons(40), 4, firstTitle);

    assertThat(a.get(Facet.UNIT).accuracy()).isEqualTo(b.get(Facet.UNIT).accuracy());
  }

  @Test
  void refusesFoldCountsThatCannotKeepLessonsApart() {
    assertThatThrownBy(() -> new CrossValidator(1).crossValidate(lessons(3), 1, l -> null))
        .isInstanceOf(ClassifyException.class);
    assertThatThrownBy(() -> new CrossValidator(1).crossValidate(lessons(3), 4, l -> null))
        .isInstanceOf(ClassifyException.class);
  }
}
