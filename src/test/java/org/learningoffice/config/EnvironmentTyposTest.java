package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mistyped {@code LO_} variable is reported as a mistyped key in the file is. */
class EnvironmentTyposTest {
  private static final Path MINIMAL = Path.of("src/test/resources/config/minimal.yml");

  private final Map<String, String> env =
      new HashMap<>(
          Map.of(
              "LO_JIRA_API_TOKEN", "token",
              "LO_JIRA_WEBHOOK_SECRET", "webhook-secret",
              "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef"));

  @Test
  void aMistypedVariableIsAnErrorNamingTheVariableItProbablyMeant() {
    env.put("LO_JIRA_APITOKEN", "x");
    env.put("LO_ORDERS_JQLL", "y");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "LO_JIRA_APITOKEN is not a setting; did you mean LO_JIRA_API_TOKEN?",
                        "LO_ORDERS_JQLL is not a setting; did you mean LO_ORDERS_JQL?"))
        .hasMessageNotContaining("=x");
  }

  @Test
  void aVariableFarFromEverySettingIsAnErrorPointingToTheExample() {
    env.put("LO_SOMETHING_ELSE_ENTIRELY", "x");

    assertThatThrownBy(() -> new ConfigLoader(env).load(MINIMAL))
        .hasMessage(
            "Invalid configuration: LO_SOMETHING_ELSE_ENTIRELY is not a setting (check the"
                + " spelling; learning-office.example.yml lists every key)");
  }

  @Test
  void aCommandThatReadsOneSectionAcceptsTheVariablesOfTheOthersButNotTypos() {
    env.put("LO_ORDERS_JQL", "project = X");
    ConfigLoader loader = new ConfigLoader(env);

    assertThat(loader.loadStore(MINIMAL).url()).startsWith("jdbc:h2:");
    env.put("LO_STORE_URLL", "jdbc:h2:mem:x");
    assertThatThrownBy(() -> new ConfigLoader(env).loadStore(MINIMAL))
        .hasMessageContaining("LO_STORE_URLL is not a setting; did you mean LO_STORE_URL?");
  }

  @Test
  void variablesOfTheTestsLoggingAndDocsAndThoseTheFileRefersToAreNoSettingsAndNoTypos() {
    env.putAll(
        Map.of(
            "LO_TEST_POSTGRES_URL", "jdbc:postgresql://localhost/test",
            "LO_TEST_JIRA_URL", "https://jira.example",
            "LO_JIRA_OPENAPI", "/spec.json",
            "LO_SHARED_DIR", "../shared",
            "LO_LOG_LEVEL", "DEBUG",
            "LO_BENCH_SERVER_JAVA_OPTIONS", "-Xmx1g",
            "LO_CAPTURE_OLD_TOKEN_SECRET", "fedcba9876543210fedcba9876543210"));
    String yaml =
        minimalText()
            .replace(
                "  tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}\n",
                "  tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}\n"
                    + "  previousTokenSecrets: [\"${LO_CAPTURE_OLD_TOKEN_SECRET}\"]\n");

    assertThat(new ConfigLoader(env).loadYaml(yaml, "t.yml").capture().previousTokenSecrets())
        .hasSize(1);
  }

  private static String minimalText() {
    try {
      return java.nio.file.Files.readString(MINIMAL);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
