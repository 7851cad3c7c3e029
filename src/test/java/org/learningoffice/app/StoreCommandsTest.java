package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
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
    Database.open(TestDatabase.config(h2Url())).close(); // as serve's first start leaves it

    Run run = run("export", "--format", "json", "--config", config.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("[]");
  }

  private String h2Url() {
    return "jdbc:h2:file:" + dir.resolve("lo").toString().replace('\\', '/');
  }

  @Test
  void exportOfAnH2DatabaseThatIsNotThereSaysSoAndCreatesNothing() throws Exception {
    Path config = storeOnlyConfig();

    Run run = run("export", "--format", "json", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains("There is no H2 database at " + dir.resolve("lo").toString().replace('\\', '/'))
        .contains("run serve first")
        .contains("store.url");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("store-only.yml");
    }
  }

  @Test
  void aDigestPreviewOfAnH2DatabaseThatIsNotThereSaysSoAndCreatesNothing() throws Exception {
    Path config = storeOnlyConfig();
    Path out = Files.createDirectory(dir.resolve("out"));

    Run run =
        run(
            "digest",
            "--week",
            "2026-W48",
            "--dry-run",
            "--out",
            out.toString(),
            "--config",
            config.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains("There is no H2 database at")
        .contains("run serve first");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("store-only.yml", "out");
    }
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aRelativeH2PathIsShownWithWhereItIsFromHere() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("relative.yml"),
            "store:\n  url: \"jdbc:h2:file:./no-such-folder-lo/data\"\n");

    Run run = run("export", "--format", "csv", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("./no-such-folder-lo/data (")
        .contains(Path.of("no-such-folder-lo/data").toAbsolutePath().toString());
    assertThat(Path.of("no-such-folder-lo")).doesNotExist();
  }

  @Test
  void exportOfAPostgresDatabaseWithoutTheTablesSaysSoInOneLine() throws Exception {
    String base = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
    Assumptions.assumeTrue(base != null && !base.isBlank(), "no PostgreSQL to test on");
    String schema = "lo_test_empty_" + Long.toHexString(System.nanoTime());
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    execute(base, "CREATE SCHEMA " + schema);
    try {
      Path config = Files.writeString(dir.resolve("pg.yml"), "store:\n  url: \"" + url + "\"\n");

      Run run = run("export", "--format", "json", "--config", config.toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err().strip().lines())
          .singleElement()
          .asString()
          .contains("has no Learning Office tables yet")
          .contains("run serve first");
      assertThat(run.err()).doesNotContain("at org.");
      try (Connection c = DriverManager.getConnection(url)) {
        var tables = c.getMetaData().getTables(null, schema, "%", null);
        assertThat(tables.next()).as("no table created").isFalse();
      }
    } finally {
      execute(base, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute(sql);
    }
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
