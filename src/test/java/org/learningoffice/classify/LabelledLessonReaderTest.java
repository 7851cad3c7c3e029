package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledLessonReaderTest {
  @TempDir Path dir;

  @Test
  void aMissingInputFileSaysThereIsNoSuchFile() {
    Path missing = dir.resolve("nope.jsonl");

    assertThatThrownBy(() -> new LabelledLessonReader(new ObjectMapper()).read(missing))
        .isInstanceOf(ClassifyException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }
}
