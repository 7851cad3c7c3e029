package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleConfigTest {
  private static final Path EXAMPLE = Path.of("learning-office.example.yml");
  private static final Map<String, String> ENV =
      Map.of(
          "LO_JIRA_API_TOKEN", "token",
          "LO_JIRA_WEBHOOK_SECRET", "webhook-secret",
          "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef");

  @Test
  void theExampleConfigLoadsAsItIs() {
    AppConfig config = new ConfigLoader(ENV).load(EXAMPLE);

    assertThat(config.orders().expeditePriorities()).containsExactly("Highest", "High");
    assertThat(config.orders().closedStatuses()).containsExactly("Shipped");
  }

  @Test
  void theExampleConfigDocumentsEveryKeyTheServiceReads() throws Exception {
    String text = Files.readString(EXAMPLE);
    ConfigReader reader = new ConfigReader(null, Map.of());
    AppConfig.read(reader);

    assertThat(reader.keysRead())
        .isNotEmpty()
        .allSatisfy(
            key -> {
              String leaf = key.substring(key.lastIndexOf('.') + 1);
              assertThat(text)
                  .as("example documents " + key)
                  .containsPattern("(?m)^\\s*#?\\s*" + leaf + ":");
            });
  }
}
