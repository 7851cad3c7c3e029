package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/**
 * Any urlencoded body posted to the lesson form is answered with field errors or a lesson that the
 * {@code lessons} columns hold: never an exception.
 */
class FormFuzzTest {
  private static final Set<String> FIELDS =
      Set.of("title", "text", "stage", "unit", "type", "direction", "action", "author");

  private final FormValidator validator = new FormValidator();

  @FuzzTest(maxDuration = "10m")
  void aPostedFormGetsFieldErrorsOrAStorableLesson(byte[] body) {
    FormValidator.Result result = validator.validate(FormFields.parse(body));

    assertThat(result.errors().keySet()).isSubsetOf(FIELDS);
    assertThat(result.errors().values()).allSatisfy(m -> assertThat(m).isNotBlank());
    assertThat(result.lesson().isPresent()).isEqualTo(result.errors().isEmpty());
    result
        .lesson()
        .ifPresent(
            lesson -> {
              assertThat(lesson.title())
                  .isNotBlank()
                  .hasSizeLessThanOrEqualTo(FormLimits.TITLE_CHARS);
              assertThat(lesson.text())
                  .isNotBlank()
                  .hasSizeLessThanOrEqualTo(FormLimits.TEXT_CHARS);
              assertThat(lesson.author())
                  .isNotBlank()
                  .hasSizeLessThanOrEqualTo(FormLimits.AUTHOR_CHARS);
              lesson
                  .action()
                  .ifPresent(a -> assertThat(a).hasSizeLessThanOrEqualTo(FormLimits.ACTION_CHARS));
              for (String text :
                  new String[] {
                    lesson.title(), lesson.text(), lesson.author(), lesson.action().orElse("")
                  }) {
                assertThat(storable(text)).as("storable: %s", text).isTrue();
              }
            });
  }

  /** What PostgreSQL's text columns refuse: NUL, and a UTF-16 surrogate without its pair. */
  private static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
