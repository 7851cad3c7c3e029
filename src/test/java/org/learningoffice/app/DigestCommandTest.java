package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.digest.Hostile;
import org.learningoffice.digest.Seed;
import org.learningoffice.store.Database;
import org.learningoffice.testing.ConfigFiles;
import org.learningoffice.testing.TestDatabase;

/** {@code digest} and {@code export} from the real command line, on a file database. */
class DigestCommandTest {
  private final Map<String, String> env = new HashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;
  private Path config;

  @BeforeEach
  void seed() throws Exception {
    String url = "jdbc:h2:file:" + dir.toString().replace('\\', '/') + "/lo";
    config = ConfigFiles.copy("cli-digest.yml", dir);
    env.put("LO_STORE_URL", url);
    try (Database db = Database.open(TestDatabase.config(url))) {
      Hostile.seed(new Seed(db));
      new Seed(db)
          .lesson(
              1,
              Seed.L.of("=HYPERLINK(\"http://evil\",\"x\")", Instant.parse("2026-11-25T10:00:00Z"))
                  .body("line one\nline two, with \"quotes\""));
    }
  }

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(env);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}

  @Test
  void dryRunWritesEveryFileOfTheWeekAndSendsNothing() throws Exception {
    Path out = dir.resolve("out");

    Result r = dryRunTo(out);

    assertThat(r.code()).as(r.err()).isZero();
    for (String ext : new String[] {".html", ".txt", ".json", ".slack.json", ".teams.json"}) {
      assertThat(out.resolve("digest-2026-W48" + ext)).isNotEmptyFile();
    }
    JsonNode model = json.readTree(out.resolve("digest-2026-W48.json").toFile());
    assertThat(model.at("/week").isMissingNode()).isFalse();
    assertThat(model.at("/totals/lessonsCaptured").asInt()).isEqualTo(2);
    assertThat(model.at("/between/0/text").asText()).isEqualTo(Hostile.BODY);
    assertThat(Files.readString(out.resolve("digest-2026-W48.html"))).doesNotContain("<script>");
    json.readTree(out.resolve("digest-2026-W48.slack.json").toFile());
    json.readTree(out.resolve("digest-2026-W48.teams.json").toFile());
    assertThat(r.out()).contains("digest-2026-W48.html");
    // as readable as any file written here (the umask's), not owner-only like a temporary file
    var usual = Files.getPosixFilePermissions(Files.writeString(dir.resolve("probe"), "x"));
    for (String ext : new String[] {".html", ".txt", ".json", ".slack.json", ".teams.json"}) {
      assertThat(Files.getPosixFilePermissions(out.resolve("digest-2026-W48" + ext)))
          .isEqualTo(usual);
    }
    try (var files = Files.list(out)) {
      assertThat(files).as("no temporary file left").hasSize(5);
    }
  }

  private Result dryRunTo(Path out) {
    return run(
        "digest",
        "--week",
        "2026-W48",
        "--dry-run",
        "--out",
        out.toString(),
        "--config",
        config.toString());
  }

  @Test
  void anOutThatIsAFileIsOneLineSayingSo() throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "kept");

    Result r = dryRunTo(file);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .isEqualTo("cannot write the digest to " + file + ": it is a file, not a folder");
    assertThat(file).hasContent("kept");
  }

  @Test
  void anOutBelowAFileIsOneLineWithTheCause() throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "kept");

    Result r = dryRunTo(file.resolve("sub"));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("cannot write the digest to " + file.resolve("sub") + ": ")
        .contains(file.toString())
        .doesNotContain("Exception");
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNoPartialSet() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("digest-2026-W48.json").resolve("in-the-way"));

    Result r = dryRunTo(out);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .contains("digest-2026-W48.json is a folder");
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly("digest-2026-W48.json");
    }
  }

  @Test
  void aDryRunNeedsOnlyTheStoreSection() throws Exception {
    Path storeOnly =
        Files.writeString(dir.resolve("store-only.yml"), "store:\n  url: ${LO_STORE_URL}\n");

    Result r = run("digest", "--week", "2026-W48", "--dry-run", "--config", storeOnly.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).as("the text digest of the week").contains("2026-W48");
  }

  @Test
  void sendingStillNeedsTheWholeConfig() throws Exception {
    Path storeOnly =
        Files.writeString(dir.resolve("store-only.yml"), "store:\n  url: ${LO_STORE_URL}\n");

    Result r = run("digest", "--week", "2026-W48", "--config", storeOnly.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("jira.baseUrl: is required");
  }

  @Test
  void anEmptyWeekIsNotSentWithSkipEmptyWeeksOn() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      env.put("LO_TEST_SMTP_PORT", String.valueOf(port));
      Path sending =
          ConfigFiles.copy("cli-digest-smtp.yml", Files.createDirectories(dir.resolve("smtp")));

      Result empty = run("digest", "--week", "2026-W40", "--config", sending.toString());

      assertThat(empty.code()).as(empty.err()).isZero();
      assertThat(empty.out())
          .contains(
              "Digest 2026-W40: no order closed and no lesson was captured; nothing sent"
                  + " (digest.skipEmptyWeeks).");
      assertThat(smtp.getReceivedMessages()).isEmpty();

      // the same server takes the digest of a week with lessons: the empty week was skipped
      Result full = run("digest", "--week", "2026-W48", "--config", sending.toString());
      assertThat(full.code()).as(full.err()).isZero();
      assertThat(full.out()).contains("Digest 2026-W48: 1 sent");
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aDryRunOfAnEmptyWeekSaysItWouldNotBeSent() {
    Result empty = run("digest", "--week", "2026-W40", "--dry-run", "--config", config.toString());
    Result full = run("digest", "--week", "2026-W48", "--dry-run", "--config", config.toString());

    assertThat(empty.code()).as(empty.err()).isZero();
    assertThat(empty.out())
        .contains(
            "Digest 2026-W40: no order closed and no lesson was captured, so it would not be sent"
                + " (digest.skipEmptyWeeks).");
    assertThat(full.code()).as(full.err()).isZero();
    assertThat(full.out()).doesNotContain("would not be sent");
  }

  @Test
  void aBadWeekIsAUsageError() {
    Result r = run("digest", "--week", "2026-W54", "--dry-run", "--config", config.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not an ISO week");
  }

  @Test
  void exportWritesCsvWithQuotingAndAFormulaGuard() {
    Result r =
        run("export", "--format", "csv", "--since", "2026-11-01", "--config", config.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\r\n", -1);
    assertThat(lines[0]).startsWith("id,issueKey,createdAt,title,text,");
    assertThat(r.out())
        .contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")
        .contains("\"line one\nline two, with \"\"quotes\"\"\"");
  }

  @Test
  void exportWritesJsonSinceADate() throws Exception {
    Result all = run("export", "--format", "json", "--config", config.toString());
    Result none =
        run("export", "--format", "json", "--since", "2026-12-01", "--config", config.toString());

    assertThat(json.readTree(all.out()).size()).isEqualTo(2);
    assertThat(json.readTree(all.out()).get(0).get("text").asText()).isEqualTo(Hostile.BODY);
    assertThat(json.readTree(none.out()).size()).isZero();
  }
}
