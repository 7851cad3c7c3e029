package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningoffice.classify.ClassifyModule;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.InMemoryClassifyEdgesModule;
import picocli.CommandLine;

class ClassifyCommandTest {

  private static final String TINY = "src/test/resources/classify/tiny.jsonl";
  private static Injector injector;

  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void wire() {
    injector =
        Guice.createInjector(
            new ClassifyModule(ClassifySettings.defaults()),
            new InMemoryClassifyEdgesModule(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Clock.class)
                    .toInstance(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
              }
            });
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(injector.getInstance(ClassifyCommand.class));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void classifiesATextWithStageAndStrategy() {
    Run run = run("--stage", "ASSEMBLY", "--strategy", "ATO", "First time we tried a new fixture");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("unit       FRONT_OFFICE")
        .contains("stage ASSEMBLY under ATO runs on the customer order")
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
        .contains("4 lessons, model trained on the 589 bundled lessons")
        .contains("classifier")
        .contains("rules only")
        .contains("majority")
        .contains("confusion (rows gold, columns predicted)")
        .doesNotContain("overlap");
  }

  @Test
  void evalWarnsWhenTheInputOverlapsTheBundledTrainingData() {
    Run run = run("eval", "--input", "src/main/resources/classify/lessons-bundled.jsonl");

    assertThat(run.out()).contains("WARNING: 589 of 589 input lessons overlap the training data");
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
  void evalReportsAMissingFileAsAnError() {
    Run run = run("eval", "--input", "no-such-file.jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-file.jsonl");
  }
}
