package org.learningoffice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's form client reads a form as a browser would, and its sample lessons are sound. */
class FormClientTest {
  @Test
  void takesEveryHiddenInputWhateverTheAttributeOrderAndQuotes() {
    String html =
        """
        <form method="post">
          <input type="hidden" name="csrf" value="a&amp;b">
          <input value='n-1' name='nonce' type='hidden'/>
          <input type="text" name="title" value="not hidden">
          <INPUT TYPE="HIDDEN" NAME="quoted" VALUE="&quot;x&quot; &lt;y&gt;">
        </form>
        """;

    assertThat(FormClient.hiddenInputs(html))
        .containsExactly(
            Map.entry("csrf", "a&b"), Map.entry("nonce", "n-1"), Map.entry("quoted", "\"x\" <y>"));
  }

  @Test
  void sampleLessonsCoverSeveralOrdersAndReadAsRealLessons() {
    var lessons = SampleLesson.bundled(new ObjectMapper());

    assertThat(lessons).hasSizeGreaterThanOrEqualTo(8);
    assertThat(lessons.stream().map(SampleLesson::order).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(6);
    // what a lead sees in the demo's digest and dashboard: hostile text stays in the tests
    assertThat(lessons)
        .noneMatch(lesson -> (lesson.title() + lesson.text()).matches("(?s).*[<>{}\\[\\]].*"));
    assertThat(lessons).allMatch(lesson -> lesson.title().length() <= 120);
  }
}
