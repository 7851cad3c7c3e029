package org.learningoffice.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds {@code LO_} environment variables that set nothing, usually a mistyped override ({@code
 * LO_JIRA_APITOKEN} for {@code LO_JIRA_API_TOKEN}), which would otherwise leave the setting as the
 * file has it without a word. They are errors, as a mistyped key in the file is.
 */
final class UnknownVariables {
  /**
   * {@code LO_} variables that are no setting and are used elsewhere: the log level (logback.xml),
   * the Jira OpenAPI spec, shared directory and benchmark options of the tests and docs.
   */
  private static final Set<String> NOT_SETTINGS =
      Set.of("LO_LOG_LEVEL", "LO_JIRA_OPENAPI", "LO_SHARED_DIR", "LO_BENCH_SERVER_JAVA_OPTIONS");

  /** The test suite's own variables: LO_TEST_POSTGRES_URL, LO_TEST_JIRA_URL, ... */
  private static final String TEST_PREFIX = "LO_TEST_";

  private UnknownVariables() {}

  /**
   * One problem per {@code LO_} variable that names none of {@code keys} and that the file does not
   * refer to as {@code ${VAR}}, with the nearest key's variable when it looks like a typo.
   */
  static List<String> find(Map<String, String> env, Set<String> keys, Set<String> referenced) {
    Set<String> settings =
        keys.stream().map(ConfigSource::envName).collect(Collectors.toUnmodifiableSet());
    return env.keySet().stream()
        .filter(name -> name.startsWith("LO_"))
        .filter(name -> !settings.contains(name) && !referenced.contains(name))
        .filter(name -> !NOT_SETTINGS.contains(name) && !name.startsWith(TEST_PREFIX))
        .sorted()
        .map(
            name ->
                name
                    + KeySpelling.closest(name, settings)
                        .map(known -> " is not a setting; did you mean " + known + "?")
                        .orElse(
                            " is not a setting (check the spelling;"
                                + " learning-office.example.yml lists every key)"))
        .toList();
  }
}
