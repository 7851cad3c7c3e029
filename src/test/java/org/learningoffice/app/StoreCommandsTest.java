package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.store.Database;
import org.learningoffice.testing.HeldH2File;
import org.learningoffice.testing.TestDatabase;

/**
 * The commands that only read the store: they need only the {@code store:} section, and a store
 * held by another process, or a mistyped option, is answered in a line or two.
 */
class StoreCommandsTest {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(Map.of());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path storeOnlyConfig() throws Exception {
    return Files.writeString(
        dir.resolve("store-only.yml"),
        "store:\n  url: \"jdbc:h2:file:"
            + dir.resolve("lo").toString().replace('\\', '/')
            + "\"\n");
  }

  @Test
  void exportNeedsOnlyTheStoreSectionNoJiraSecrets() throws Exception {
    Path config = storeOnlyConfig();

    Run run = run("export", "--format", "json", "--config", config.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("[]");
  }

  @Test
  void aStoreHeldByAnotherProcessIsOneLineNotAnInjectorReport() throws Exception {
    Path config = storeOnlyConfig();
    String url = "jdbc:h2:file:" + dir.resolve("lo").toString().replace('\\', '/');
    try (Database created = Database.open(TestDatabase.config(url))) {
      // the schema exists, as after a demo run
    }

    Run run;
    try (HeldH2File held = HeldH2File.hold(url)) {
      run = run("export", "--format", "csv", "--config", config.toString());
    }

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains("is held by another process")
        .contains(dir.resolve("lo").toString().replace('\\', '/'));
    assertThat(run.err()).doesNotContain("Guice").doesNotContain("at org.");
  }

  @Test
  void aMistypedOptionIsAnsweredWithWhatWasMeant() {
    Run run = run("export", "--fromat", "csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unknown option: '--fromat'")
        .contains("Did you mean --format?")
        .contains("Run 'learning-office export --help'");
    assertThat(run.err().lines().count()).as("short, no usage dump").isLessThan(8);
  }
}
