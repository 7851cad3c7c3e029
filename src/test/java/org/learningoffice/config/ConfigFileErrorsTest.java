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
  void aValueOfTheWrongTypeNamesTheFileLineColumnAndKeyPath() throws Exception {
    String text = Files.readString(MINIMAL).replace("  port: 8080\n", "  port: eighty\n");

    ConfigException e = loadError(text);

    assertThat(e.problems())
        .containsExactly(
            dir.resolve("config.yml")
                + " line 3, column 3: server.port: 'eighty' is not a whole number, e.g. 8080");
  }

  @Test
  void aWrongValueDeepInsideASectionNamesItsLineAndColumn() throws Exception {
    String text = Files.readString(MINIMAL).replace("default: MTO", "default: JIT");

    ConfigException e = loadError(text);

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith(
            dir.resolve("config.yml")
                + " line 16, column 5: orders.strategy.default: 'JIT' is not a delivery"
                + " strategy");
  }

  @Test
  void anUnknownKeyNamesTheFileLineAndColumnWhereItIsWritten() throws Exception {
    String text = Files.readString(MINIMAL) + "  sheduleTime: x\n";

    ConfigException e = loadError(text);

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith(
            dir.resolve("config.yml")
                + " line 24, column 3: digest.sheduleTime: is not a known key");
  }

  @Test
  void aValueFromTheEnvironmentNamesItsVariableNotALineOfTheFile() throws Exception {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, Files.readString(MINIMAL));
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("LO_SERVER_PORT", "eighty");

    assertThatThrownBy(() -> new ConfigLoader(env).load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "server.port (from LO_SERVER_PORT): 'eighty' is not a whole number,"
                            + " e.g. 8080"));
  }

  @Test
  void aBadValueUnderAKeyNamedLikeASecretIsNeverEchoed() throws Exception {
    // capture.tokenTtl is a duration, but its name says token: its value is not shown
    String text =
        Files.readString(MINIMAL)
                .replace(
                    "  tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}\n",
                    "  tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}\n  tokenTtl: hunter2-SECRETX\n")
            + "  smtpPasswordd: hunter2-SECRETX\n";

    ConfigException e = loadError(text);

    assertThat(e.problems())
        .hasSize(2)
        .contains(
            dir.resolve("config.yml")
                + " line 21, column 3: capture.tokenTtl: is not a positive duration (value not"
                + " shown: it is a secret), e.g. PT5M, 5m, P3D or 3d")
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        dir.resolve("config.yml")
                            + " line 25, column 3: digest.smtpPasswordd: is not a known key"));
    assertThat(e.getMessage()).doesNotContain("SECRETX");
  }

  @Test
  void theCausesOfUnreadableFilesAreSaidInWords() {
    assertThat(IoReason.of(new AccessDeniedException("u.yml"))).isEqualTo("permission denied");
    assertThat(IoReason.of(new NoSuchFileException("u.yml"))).isEqualTo("no such file");
    assertThat(IoReason.of(new IOException("Input/output error"))).isEqualTo("Input/output error");
  }
}
