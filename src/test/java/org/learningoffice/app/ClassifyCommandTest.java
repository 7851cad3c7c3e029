package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.classify.LabelledLessonReader;
import picocli.CommandLine;

class ClassifyCommandTest {

  private static final String TINY = "src/test/resources/classify/tiny.jsonl";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ClassifyCommand(Map.of(), CLOCK));
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void classifyTakesMinConfidenceFromTheConfigFile() throws Exception {
    Path config = Files.writeString(dir.resolve("lo.yml"), "classify:\n  minConfidence: 1.0\n");

    Run run = run("--config", config.toString(), "First time we tried a new fixture");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("[below 1.00: not pre-selected]");
  }

  @Test
  void classifyWithoutConfigUsesTheDefaults() {
    Run run = run("First time we tried a new fixture");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("below 1.00").containsPattern("type\\s+EXPLORATION");
  }

  @Test
  void evalUsesTheExtraVocabularyNamedInTheConfigFile() throws Exception {
    Path vocabulary =
        Files.writeString(dir.resolve("extra.yml"), "type:\n  EXPLORATION: [moonshot]\n");
    Path config =
        Files.writeString(dir.resolve("lo.yml"), "classify:\n  vocabulary: " + vocabulary + "\n");

    Run run = run("eval", "--config", config.toString(), "--input", TINY, "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aBadVocabularyFileIsReportedWithoutAStackTrace() throws Exception {
    Path vocabulary = Files.writeString(dir.resolve("extra.yml"), "colour:\n  RED: [x]\n");
    Path config =
        Files.writeString(dir.resolve("lo.yml"), "classify:\n  vocabulary: " + vocabulary + "\n");

    Run run = run("--config", config.toString(), "some text");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("'colour' is not a facet").doesNotContain("at org.");
  }

  @Test
  void aBadClassifyKeyStopsTheCommandNamingTheKey() throws Exception {
    Path config = Files.writeString(dir.resolve("lo.yml"), "classify:\n  retrainAfter: never\n");

    Run run = run("eval", "--config", config.toString(), "--input", TINY);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("classify.retrainAfter: 'never' is not a whole number");
  }

  @Test
  void classifiesATextWithStageAndStrategy() {
    Run run = run("--stage", "ASSEMBLY", "--strategy", "ATO", "First time we tried a new fixture");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("unit       FRONT_OFFICE")
        .contains("CODP rule: assembly on an ATO order works for this customer")
        .containsPattern("type\\s+EXPLORATION\\s+[01]\\.\\d\\d")
        .contains("direction");
  }

  @Test
  void evalJsonIsOneObjectWithAccuracyAndMacroF1PerFacetAndN() throws Exception {
    Run run = run("eval", "--input", TINY, "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    for (String facet : new String[] {"unit", "type", "direction"}) {
      assertThat(json.path(facet).path("accuracy").isNumber()).isTrue();
      assertThat(json.path(facet).path("macroF1").isNumber()).isTrue();
      assertThat(json.path(facet).path("ece").isNumber()).isTrue();
    }
    assertThat(json.path("n").asInt()).isEqualTo(4);
    assertThat(json.path("baselines").path("majority").path("unit").has("macroF1")).isTrue();
    assertThat(json.path("baselines").path("rules").path("type").has("accuracy")).isTrue();
  }

  @Test
  void evalTextShowsBaselinesAndConfusionMatrices() {
    Run run = run("eval", "--input", TINY);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("4 lessons, model trained on the 889 bundled lessons")
        .contains("classifier")
        .contains("rules only")
        .contains("majority")
        .contains("confusion (rows gold, columns predicted)")
        .doesNotContain("overlap");
  }

  @Test
  void evalWarnsWhenTheInputOverlapsTheBundledTrainingData() {
    Run run = run("eval", "--input", "src/main/resources/classify/lessons-bundled.jsonl");

    assertThat(run.out()).contains("WARNING: 889 of 889 input lessons overlap the training data");
  }

  @Test
  void evalCrossValidatesOverTheInputWhenAsked() throws Exception {
    Run run = run("eval", "--input", TINY, "--cross-validate", "2", "--json");

    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("method").asText()).isEqualTo("2-fold cross-validation over the input");
    assertThat(json.path("overlapping").asInt()).isZero();
  }

  @Test
  void stageAndStrategyAreAcceptedInAnyCase() {
    Run run = run("--stage", "assembly", "--strategy", "Ato", "First time we tried a new fixture");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("CODP rule: assembly on an ATO order works for this customer");
  }

  @Test
  void evalCrossValidatesByGroupNextToTheBaselines() throws Exception {
    Path input = dir.resolve("grouped.jsonl");
    StringBuilder lines = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(TINY))) {
      if (!line.isBlank()) {
        for (String group : new String[] {"g1", "g2"}) {
          lines
              .append(
                  line.replaceFirst("\\{", "{\"group\":\"" + group + "\",")
                      .replaceFirst("\"id\":\"", "\"id\":\"" + group + "-"))
              .append('\n');
        }
      }
    }
    Files.writeString(input, lines);

    Run run = run("eval", "--input", input.toString(), "--cross-validate-by", "group", "--json");

    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    for (String facet : new String[] {"unit", "type", "direction"}) {
      assertThat(json.path(facet).path("accuracy").isNumber()).isTrue();
      assertThat(json.path(facet).path("macroF1").isNumber()).isTrue();
      for (String baseline : new String[] {"naiveBayes", "rules", "majority"}) {
        assertThat(json.path("baselines").path(baseline).path(facet).has("macroF1")).isTrue();
      }
      assertThat(json.path("groups").path("g2").path(facet).has("macroF1")).isTrue();
    }
    assertThat(json.path("n").asInt()).isEqualTo(8);
    assertThat(json.path("groups").path("g1").path("n").asInt()).isEqualTo(4);
  }

  @Test
  void evalByGroupNamesTheLessonWithoutAGroup() {
    Run run = run("eval", "--input", TINY, "--cross-validate-by", "group");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("needs a 'group' on every lesson");
  }

  @Test
  void evalReportsAMissingFileAsAnError() {
    Run run = run("eval", "--input", "no-such-file.jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-file.jsonl");
  }

  @Test
  void evalHelpDescribesTheInputFormatAndPointsAtNoFileOutsideTheJar() {
    Run run = run("eval", "--help");

    assertThat(run.out().replaceAll("\\R", ""))
        .doesNotContain("shared/data")
        .contains("one JSON object per line")
        .contains("\"gold\"")
        .contains("classify/lessons-bundled.jsonl");
    assertThat(LabelledLessonReader.class.getResource("/classify/lessons-bundled.jsonl"))
        .isNotNull();
  }

  @Test
  void aConfidenceBelowThePreselectThresholdIsNeverShownAsTheThresholdItself() {
    Run run =
        run(
            "--stage",
            "ASSEMBLY",
            "--strategy",
            "ATO",
            "--title",
            "Fabric dye lot mixed on 40 chairs",
            "40 of the 240 chairs were upholstered from a different dye lot of C12. Small shade"
                + " difference, but the customer saw it straight away with the chairs standing in"
                + " rows. We check dye lot on the pick list for leather as routine, never did for"
                + " fabric. Doing the same for fabric rolls from now.");

    assertThat(run.exitCode()).isZero();
    java.util.regex.Matcher below =
        java.util.regex.Pattern.compile("(\\d\\.\\d+) .*\\[below (\\d\\.\\d+): not pre-selected]")
            .matcher(run.out());
    int seen = 0;
    while (below.find()) {
      seen++;
      assertThat(new java.math.BigDecimal(below.group(1)))
          .as(below.group())
          .isLessThan(new java.math.BigDecimal(below.group(2)));
    }
    assertThat(seen).isPositive();
  }

  @Test
  void evalNamesAnUnknownGroupingAsAUsageError() {
    Run run = run("eval", "--input", TINY, "--cross-validate-by", "writer");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'writer'").contains("group").doesNotContain("not both");
  }

  @Test
  void evalSaysBothCrossValidationsTogetherAreAUsageError() {
    Run run = run("eval", "--input", TINY, "--cross-validate-by", "group", "--cross-validate", "2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not both");
  }

  @Test
  void evalSaysFewerThanTwoFoldsIsAUsageError() {
    Run run = run("eval", "--input", TINY, "--cross-validate", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cross-validate").contains("0");
  }
}
