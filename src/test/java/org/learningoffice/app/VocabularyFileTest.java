package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.testing.ConfigFiles;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * An installation's {@code classify.vocabulary} file that is there but not a vocabulary: {@code
 * check} fails on it, and {@code serve} says so in one line instead of an injector report.
 */
class VocabularyFileTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();
  @TempDir Path dir;
  private Path config;
  private final Map<String, String> env = new HashMap<>();

  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void writeConfigWithABrokenVocabulary() throws Exception {
    config = ConfigFiles.copy("cli-check.yml", dir);
    Path vocabulary = dir.resolve("vocabulary-extra.yml");
    Files.writeString(vocabulary, "unit:\n  - front-office\n");
    Files.writeString(
        config, "classify:\n  vocabulary: " + vocabulary + "\n", StandardOpenOption.APPEND);
    env.put("LO_JIRA_API_TOKEN", "api-token");
    env.put("LO_JIRA_WEBHOOK_SECRET", "webhook-secret");
    env.put("LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");
    env.put("LO_JIRA_BASE_URL", jira.baseUrl().toString());
    env.put("LO_STORE_URL", "jdbc:h2:file:" + dir.resolve("db/lo"));
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(env);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void checkFailsOnAVocabularyFileThatIsNotAVocabulary() {
    Run run = run("check", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAIL config: classify.vocabulary: "
                + dir.resolve("vocabulary-extra.yml")
                + " is not a vocabulary")
        .doesNotContain("OK   config:");
  }

  @Test
  void serveSaysInOneLineThatTheVocabularyFileIsNotAVocabulary() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    env.put("LO_SERVER_PORT", Integer.toString(port));

    Run run = run("serve", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith(
            "Invalid configuration: classify.vocabulary: "
                + dir.resolve("vocabulary-extra.yml")
                + " is not a vocabulary")
        .doesNotContain("ProvisionException")
        .doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }
}
