package org.learningoffice.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonExportCsvTest {
  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() {
    assertThat(LessonExport.csvCell("=1+2")).isEqualTo("'=1+2");
    assertThat(LessonExport.csvCell("+1")).isEqualTo("'+1");
    assertThat(LessonExport.csvCell("-1")).isEqualTo("'-1");
    assertThat(LessonExport.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(LessonExport.csvCell("\t=x")).isEqualTo("'\t=x");
    assertThat(LessonExport.csvCell("a=b")).isEqualTo("a=b");
  }

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertThat(LessonExport.csvCell("a,b")).isEqualTo("\"a,b\"");
    assertThat(LessonExport.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(LessonExport.csvCell("one\ntwo")).isEqualTo("\"one\ntwo\"");
    assertThat(LessonExport.csvCell("=a,b")).isEqualTo("\"'=a,b\"");
    assertThat(LessonExport.csvCell(null)).isEmpty();
  }

  @Test
  void cellsWithASemicolonAreQuotedSoThatSpreadsheetsSplittingOnItKeepThemWhole() {
    // Excel in most European locales splits a CSV line on semicolons: unquoted, the text after one
    // would start a cell of its own and run as a formula
    assertThat(LessonExport.csvCell("late drawings; =HYPERLINK(\"http://x\")"))
        .isEqualTo("\"late drawings; =HYPERLINK(\"\"http://x\"\")\"");
    assertThat(LessonExport.csvCell("a;b")).isEqualTo("\"a;b\"");
  }
}
