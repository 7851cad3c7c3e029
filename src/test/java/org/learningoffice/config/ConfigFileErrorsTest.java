package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config file that cannot be used says why: which key twice, which YAML token, which cause. */
class ConfigFileErrorsTest {
  private static final Path MINIMAL = Path.of("src/test/resources/config/minimal.yml");
  private static final Map<String, String> ENV =
      Map.of(
          "LO_JIRA_API_TOKEN", "token",
          "LO_JIRA_WEBHOOK_SECRET", "webhook-secret",
          "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");

  @TempDir Path dir;

  private ConfigException loadError(String text) throws IOException {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, text);
    try {
      new ConfigLoader(ENV).load(file);
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("the config loaded");
  }

  private static int lines(String text) {
    return (int) text.lines().count();
  }

  @Test
  void aSecondSectionOfTheSameNameIsAnErrorNamingBothLines() throws Exception {
    String valid = Files.readString(MINIMAL);

    ConfigException e = loadError(valid + "server:\n  port: 18432\n");

    assertThat(e.problems())
        .containsExactly(
            dir.resolve("config.yml")
                + ":"
                + (lines(valid) + 1)
                + ": duplicate key 'server' (first at line 2)");
  }

  @Test
  void aKeyGivenTwiceDeepInsideASectionIsAnErrorWithItsPath() throws Exception {
    String text =
        Files.readString(MINIMAL)
            .replace("    default: MTO\n", "    default: MTO\n    labelPrefix: \"x-\"\n");

    ConfigException e = loadError(text);

    assertThat(e.problems())
        .singleElement()
        .asString()
        .endsWith(": duplicate key 'orders.strategy.labelPrefix' (first at line 15)")
        .contains("config.yml:17:");
  }

  @Test
  void theSameKeyInDifferentSectionsOrListItemsIsNoDuplicate() {
    String text =
        "digest:\n  slack:\n    webhookUrl: https://a.example\n"
            + "  teams:\n    webhookUrl: https://b.example\n"
            + "orders:\n  closedStatuses: [Done, Done]\n";

    assertThatThrownBy(() -> new ConfigLoader(ENV).loadYaml(text, "t.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageNotContaining("duplicate");
  }

  @Test
  void aYamlSyntaxErrorGivesLineColumnAndWhatTheParserExpected() throws Exception {
    ConfigException e = loadError("server:\n  port: 8080\n - publicBaseUrl: x\n");

    assertThat(e.problems())
        .singleElement()
        .asString()
        .isEqualTo(
            dir.resolve("config.yml")
                + ":3:2: is not valid YAML: expected <block end>, but found '<block sequence start>'"
                + " (while parsing a block mapping that starts at line 1)");
  }

  @Test
  void theCausesOfUnreadableFilesAreSaidInWords() {
    assertThat(IoReason.of(new AccessDeniedException("u.yml"))).isEqualTo("permission denied");
    assertThat(IoReason.of(new NoSuchFileException("u.yml"))).isEqualTo("no such file");
    assertThat(IoReason.of(new IOException("Input/output error"))).isEqualTo("Input/output error");
  }
}
