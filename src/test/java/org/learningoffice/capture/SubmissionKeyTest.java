package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionKeyTest {

  private static ValidLesson lesson(String title, String text, String author) {
    return new ValidLesson(
        title,
        text,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        author);
  }

  private static final ValidLesson LESSON =
      lesson("Late flange drawings", "The flange drawings came\ntwo weeks late.", "Ann Berg");

  @Test
  void isSixtyFourHexCharactersTheColumnHolds() {
    assertThat(SubmissionKey.of("10042", LESSON)).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void theSameLessonWrittenWithOtherWhiteSpaceHasTheSameKey() {
    ValidLesson respaced =
        lesson(
            " Late flange  drawings", "The flange drawings came two weeks\r\n late. ", "Ann Berg");

    assertThat(SubmissionKey.of("10042", respaced)).isEqualTo(SubmissionKey.of("10042", LESSON));
  }

  @Test
  void anotherIssueAuthorTitleOrTextGivesAnotherKey() {
    String key = SubmissionKey.of("10042", LESSON);

    assertThat(SubmissionKey.of("10043", LESSON)).isNotEqualTo(key);
    assertThat(SubmissionKey.of("10042", lesson(LESSON.title(), LESSON.text(), "Bo Lind")))
        .isNotEqualTo(key);
    assertThat(SubmissionKey.of("10042", lesson("Late drawings", LESSON.text(), "Ann Berg")))
        .isNotEqualTo(key);
    assertThat(SubmissionKey.of("10042", lesson(LESSON.title(), "Other text.", "Ann Berg")))
        .isNotEqualTo(key);
  }

  @Test
  void partsDoNotRunIntoEachOther() {
    assertThat(SubmissionKey.of("10042", lesson("ab", "c", "Ann")))
        .isNotEqualTo(SubmissionKey.of("10042", lesson("a", "bc", "Ann")));
  }
}
