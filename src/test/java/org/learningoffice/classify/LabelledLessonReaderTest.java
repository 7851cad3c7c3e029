package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

class LabelledLessonReaderTest {
  @TempDir Path dir;

  private static String line(String strategy, String stage, String unit) {
    return "{\"id\": \"L1\", \"order\": {\"strategy\": \""
        + strategy
        + "\", \"priority\": \"High\"}, \"stage\": \""
        + stage
        + "\", \"title\": \"Belt\", \"text\": \"The belt grew.\", \"gold\": {\"unit\": \""
        + unit
        + "\", \"type\": \"exploration\", \"direction\": \"From\"}, \"group\": \"g1\"}";
  }

  private List<LabelledLesson> read(String... lines) throws IOException {
    Path file = dir.resolve("lessons.jsonl");
    Files.write(file, List.of(lines));
    return new LabelledLessonReader(new ObjectMapper()).read(file);
  }

  @Test
  void aMissingInputFileSaysThereIsNoSuchFile() {
    Path missing = dir.resolve("nope.jsonl");

    assertThatThrownBy(() -> new LabelledLessonReader(new ObjectMapper()).read(missing))
        .isInstanceOf(ClassifyException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }

  @Test
  void taxonomyValuesAreReadInAnyCase() throws IOException {
    List<LabelledLesson> lessons =
        read(line("eto", "engineering", "front_office"), line("Mts", "after-sales", "Between"));

    assertThat(lessons).hasSize(2);
    assertThat(lessons.get(0).input().strategy()).isEqualTo(Strategy.ETO);
    assertThat(lessons.get(0).input().stage()).isEqualTo(Optional.of(Stage.ENGINEERING));
    assertThat(lessons.get(0).gold())
        .isEqualTo(new FacetLabels(Unit.FRONT_OFFICE, LessonType.EXPLORATION, Direction.FROM));
    assertThat(lessons.get(1).input().strategy()).isEqualTo(Strategy.MTS);
    assertThat(lessons.get(1).input().stage()).isEqualTo(Optional.of(Stage.AFTER_SALES));
  }

  @Test
  void anUnknownValueNamesTheLineTheFieldAndTheAllowedValues() {
    Path file = dir.resolve("lessons.jsonl");

    assertThatThrownBy(
            () ->
                read(
                    line("ETO", "ENGINEERING", "FRONT_OFFICE"),
                    "",
                    line("ETO", "engineerng", "FRONT_OFFICE")))
        .isInstanceOf(ClassifyException.class)
        .hasMessage(
            file
                + " line 3: stage 'engineerng' is none of QUOTING, ORDER_ENTRY, ENGINEERING,"
                + " PROCUREMENT, FABRICATION, ASSEMBLY, TESTING, DELIVERY, INSTALLATION,"
                + " AFTER_SALES, PLANNING (in any case)");
    assertThatThrownBy(() -> read(line("build-to-print", "ENGINEERING", "FRONT_OFFICE")))
        .isInstanceOf(ClassifyException.class)
        .hasMessage(
            file
                + " line 1: order.strategy 'build-to-print' is none of ETO, MTO, ATO, MTS (in any case)");
  }
}
