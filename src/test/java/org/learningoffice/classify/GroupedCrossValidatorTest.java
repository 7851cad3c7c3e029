package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

class GroupedCrossValidatorTest {

  private static final String MARKER = "zqxmarker";

  private final GroupedCrossValidator validator = new GroupedCrossValidator();

  @Test
  void neverTrainsOnTheHeldOutGroup() {
    List<LabelledLesson> lessons = new ArrayList<>();
    for (String group : List.of("g1", "g2", "g3")) {
      for (int i = 0; i < 4; i++) {
        String text = group.equals("g2") ? "a lesson with " + MARKER : "a plain lesson";
        lessons.add(lesson(group + "-" + i, text, group));
      }
    }
    Map<String, Boolean> markerSeenWhenScoring = new LinkedHashMap<>();
    ClassifierTrainer spy =
        training -> {
          boolean seen = training.stream().anyMatch(l -> l.input().text().contains(MARKER));
          return input -> {
            if (input.text().contains(MARKER)) {
              markerSeenWhenScoring.put("g2", seen);
            }
            return fixed(input);
          };
        };

    GroupedResult result = validator.crossValidate(validator.splits(lessons), spy);

    assertThat(markerSeenWhenScoring).containsEntry("g2", false);
    assertThat(result.byGroup().keySet()).containsExactly("g1", "g2", "g3");
    assertThat(result.n()).isEqualTo(12);
  }

  @Test
  void trainsEachSplitOnEveryOtherGroup() {
    List<LabelledLesson> lessons =
        List.of(lesson("a", "x", "g1"), lesson("b", "y", "g2"), lesson("c", "z", "g3"));

    List<GroupSplit> splits = validator.splits(lessons);

    assertThat(splits).hasSize(3);
    for (GroupSplit split : splits) {
      assertThat(split.heldOut()).allMatch(l -> l.group().equals(split.group()));
      assertThat(split.training()).noneMatch(l -> l.group().equals(split.group())).hasSize(2);
    }
  }

  @Test
  void refusesLessonsWithoutAGroup() {
    List<LabelledLesson> lessons = List.of(lesson("a", "x", "g1"), lesson("b", "y", ""));

    assertThatThrownBy(() -> validator.splits(lessons))
        .isInstanceOf(ClassifyException.class)
        .hasMessageContaining("b has none");
  }

  @Test
  void refusesASingleGroup() {
    List<LabelledLesson> lessons = List.of(lesson("a", "x", "g1"), lesson("b", "y", "g1"));

    assertThatThrownBy(() -> validator.splits(lessons))
        .isInstanceOf(ClassifyException.class)
        .hasMessageContaining("at least two groups");
  }

  private static Classification fixed(LessonInput input) {
    return new SuggestionFactory(ClassifySettings.defaults().withMinConfidence(0.5))
        .classification(
            new double[][] {{1, 0, 0}, {1, 0}, {1, 0}}, (facet, label) -> input.title());
  }

  static LabelledLesson lesson(String id, String text, String group) {
    return new LabelledLesson(
        id,
        LessonInput.of("", text, Strategy.MTO, PriorityClass.STANDARD),
        new FacetLabels(Unit.FRONT_OFFICE, LessonType.EXPLOITATION, Direction.FROM),
        group);
  }
}
