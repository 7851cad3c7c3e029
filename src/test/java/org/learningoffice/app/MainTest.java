package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line {@code main} runs: a start of one command builds that command alone, and
 * anything else still sees every command.
 */
class MainTest {
  private static final String[] EVERY_COMMAND = {
    "check", "serve", "demo", "backfill", "install", "classify", "digest", "export"
  };

  @Test
  void argumentsStartingWithACommandGetACommandLineHoldingThatCommandAlone() {
    CommandLine cli = Main.commandLineFor(Map.of(), "serve", "--warm-up");

    assertThat(cli.getSubcommands().keySet()).containsExactly("serve");
  }

  @Test
  void noCommandOrAMisspelledOneGetsEveryCommandForTheHelpAndTheSuggestion() {
    assertThat(Main.commandLineFor(Map.of()).getSubcommands().keySet())
        .containsExactly(EVERY_COMMAND);
    assertThat(Main.commandLineFor(Map.of(), "--help").getSubcommands().keySet())
        .containsExactly(EVERY_COMMAND);

    StringWriter err = new StringWriter();
    CommandLine misspelled = Main.commandLineFor(Map.of(), "srve");
    misspelled.setErr(new PrintWriter(err, true));
    int exitCode = misspelled.execute("srve");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("Did you mean: learning-office serve?");
  }

  @Test
  void theCommandLineForOneCommandParsesItsOptionsAsTheWholeOneDoes() {
    StringWriter whole = new StringWriter();
    StringWriter alone = new StringWriter();
    CommandLine wholeCli = Main.commandLine(Map.of());
    wholeCli.setOut(new PrintWriter(whole, true));
    CommandLine aloneCli = Main.commandLineFor(Map.of(), "classify", "--help");
    aloneCli.setOut(new PrintWriter(alone, true));

    wholeCli.execute("classify", "--help");
    aloneCli.execute("classify", "--help");

    assertThat(alone.toString()).isEqualTo(whole.toString()).contains("--strategy");
  }

  private static String errorsOf(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLineFor(Map.of(), args);
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(args)).isEqualTo(2);
    return err.toString();
  }

  @Test
  void anUnknownCommandIsNamedWithTheListOfCommandsNotTheWholeUsage() {
    String err = errorsOf("foo");

    assertThat(err)
        .startsWith(
            "unknown command 'foo'; commands: check, serve, demo, backfill, install, classify,"
                + " digest, export")
        .doesNotContain("Unmatched argument")
        .doesNotContain("Usage:");
    assertThat(err.lines().count()).isLessThan(4);
  }

  @Test
  void aDateThatIsNotOneIsSaidInOneLine() {
    String err = errorsOf("backfill", "--since", "2026-13-01");

    assertThat(err)
        .startsWith("--since: '2026-13-01' is not a date (YYYY-MM-DD)")
        .doesNotContain("java.time")
        .doesNotContain("cannot convert");
    assertThat(errorsOf("export", "--format", "csv", "--since", "yesterday"))
        .startsWith("--since: 'yesterday' is not a date (YYYY-MM-DD)");
  }

  @Test
  void aWrongClassifyOptionIsSaidInAFewLinesNotTheWholeUsage() {
    for (String[] args :
        new String[][] {
          {"classify", "--stage", "foo", "some text"},
          {"classify", "--strategy"},
          {"classify", "--bogus", "some text"}
        }) {
      String err = errorsOf(args);

      assertThat(err).doesNotContain("Usage:").contains("Run 'learning-office classify --help'");
      assertThat(err.lines().count()).isLessThan(4);
    }
  }

  @Test
  void aDemoPortOutOfRangeIsAUsageErrorAboutPortNotAConfigKey() {
    String err = errorsOf("demo", "--port", "99999");

    assertThat(err)
        .startsWith("--port: '99999' is not a port")
        .contains("0 for any free port")
        .doesNotContain("server.port")
        .doesNotContain("publicBaseUrl");
    assertThat(errorsOf("demo", "--port", "-5")).startsWith("--port: '-5' is not a port");
  }

  @Test
  void aNegativeValueOfAnOptionIsNotTakenForAnUnknownOption() {
    assertThat(
            errorsOf("classify", "eval", "--input", "in.jsonl", "--cross-validate", "-1", "--json"))
        .startsWith("--cross-validate: K is the number of folds, at least 2; got -1")
        .doesNotContain("Unmatched argument")
        .doesNotContain("Did you mean");
  }

  @Test
  void aDemoOutThatIsAFileIsSaidBeforeTheDemoRuns(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLineFor(Map.of(), "demo", "--out", file.toString());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute("demo", "--out", file.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("--out: '" + file + "' is a file, not a folder");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void helpAsACommandPointsAtTheHelpOptionNotAtCheck() {
    String err = errorsOf("help");

    assertThat(err)
        .contains("learning-office --help")
        .contains("learning-office COMMAND --help")
        .doesNotContain("Did you mean");
    assertThat(err.lines().count()).isLessThan(3);
  }
}
