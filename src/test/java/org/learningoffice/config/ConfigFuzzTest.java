package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Any configuration text loads, or is refused with a {@link ConfigException} whose every problem
 * names the key (or the file) it is about: never another exception.
 */
class ConfigFuzzTest {
  private static final String ORIGIN = "fuzz.yml";

  private final ConfigLoader loader =
      new ConfigLoader(
          Map.of(
              "LO_JIRA_API_TOKEN", "token",
              "LO_JIRA_WEBHOOK_SECRET", "a-webhook-secret-of-enough-length",
              "LO_CAPTURE_TOKEN_SECRET", "a-capture-secret-of-enough-length-too"));

  @FuzzTest(maxDuration = "10m")
  void configurationTextLoadsOrNamesTheKeyAtFault(byte[] yaml) {
    try {
      loader.loadYaml(new String(yaml, StandardCharsets.UTF_8), ORIGIN);
    } catch (ConfigException refused) {
      assertThat(refused.problems())
          .isNotEmpty()
          .allSatisfy(problem -> assertThat(problem).matches("(?s)\\S.*?: .*\\S.*"));
    }
  }
}
