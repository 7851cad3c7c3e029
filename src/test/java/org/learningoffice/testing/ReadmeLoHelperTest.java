package org.learningoffice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code lo} helper as an operator defines it, with {@code sudo} left out, its folders
 * moved to a temporary one and the jar replaced by {@code env}: settings come from the secrets
 * file, then from {@code NAME=value} lines on its input (how the README passes an admin's token,
 * off the command line), then from leading {@code NAME=value} arguments.
 */
class ReadmeLoHelperTest {
  @TempDir Path dir;

  @Test
  void inputLinesAndLeadingArgumentsOverrideTheSecretsFileForOneRun() throws Exception {
    Files.writeString(
        dir.resolve("secrets.env"), "LO_JIRA_API_TOKEN=bot-token\nLO_JIRA_EMAIL=bot@example.com\n");
    String lo = helper();

    String piped =
        run(
            lo
                + "\nprintf 'LO_JIRA_EMAIL=admin@example.com\\nLO_JIRA_API_TOKEN=%s\\n'"
                + " 'admin token \"x\"' | lo LO_SERVER_PORT=9 install --dry-run");
    String plain = run(lo + "\nlo check < /dev/null");

    assertThat(piped.lines())
        .contains(
            "LO_JIRA_API_TOKEN=admin token \"x\"",
            "LO_JIRA_EMAIL=admin@example.com",
            "LO_SERVER_PORT=9",
            "args: install --dry-run --config /etc/learning-office/learning-office.yml");
    assertThat(plain.lines())
        .contains(
            "LO_JIRA_API_TOKEN=bot-token",
            "args: check --config /etc/learning-office/learning-office.yml");
  }

  /** The README's definition of {@code lo}, made runnable here. */
  private String helper() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int start = -1;
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).startsWith("lo() {")) {
        start = i;
      }
    }
    assertThat(start).as("the README defines lo()").isNotNegative();
    StringBuilder definition = new StringBuilder();
    for (int i = start; !readme.get(i - 1).endsWith("}"); i++) {
      definition.append(readme.get(i)).append('\n');
    }
    return definition
        .toString()
        .replace("sudo -u learning-office ", "")
        .replace("/var/lib/learning-office", dir.toString())
        .replace("/etc/learning-office/secrets.env", dir.resolve("secrets.env").toString())
        .replace(
            "exec java -jar /opt/learning-office/learning-office.jar",
            "env | grep ^LO_ | sort; echo args:");
  }

  private String run(String script) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", "-c", script).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("LO_"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }
}
