package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyConfigTest {

  @TempDir Path dir;

  private Path file(String yaml) throws Exception {
    return Files.writeString(dir.resolve("learning-office.yml"), yaml);
  }

  @Test
  void withoutAClassifySectionTheDefaultsApply() throws Exception {
    ClassifyConfig config = new ConfigLoader(Map.of()).loadClassify(file("server:\n  port: 80\n"));

    assertThat(config).isEqualTo(ClassifyConfig.defaults());
    assertThat(config.recurrenceMinSimilar()).isEqualTo(2);
    assertThat(config.recurrenceLookBack()).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void readsEveryClassifyKeyWithEnvironmentOverrides() throws Exception {
    Path vocabulary =
        Files.writeString(dir.resolve("extra.yml"), "type:\n  EXPLORATION: [pilot]\n");
    Path config =
        file(
            """
            classify:
              minConfidence: 0.75
              recurrence:
                minSimilar: 3
                lookBack: 30d
                threshold: 0.4
              vocabulary: %s
              retrainAfter: 5
            """
                .formatted(vocabulary));

    ClassifyConfig read =
        new ConfigLoader(Map.of("LO_CLASSIFY_RETRAIN_AFTER", "7")).loadClassify(config);

    assertThat(read)
        .isEqualTo(
            new ClassifyConfig(0.75, 3, Duration.ofDays(30), 0.4, Optional.of(vocabulary), 7));
  }

  @Test
  void reportsEveryBadClassifyKeyButNotOtherSections() throws Exception {
    Path config =
        file(
            """
            jira:
              apiToken: ${UNSET_SECRET}
            classify:
              minConfidence: 1.5
              recurrence:
                minSimiler: 3
              vocabulary: no-such-vocabulary.yml
            """);

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).loadClassify(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("classify.minConfidence: '1.5' is out of range")
        .hasMessageContaining("classify.recurrence.minSimiler: is not a known key")
        .hasMessageContaining(
            "classify.vocabulary: 'no-such-vocabulary.yml' is not a readable file")
        .hasMessageNotContaining("jira");
  }

  @Test
  void theWholeConfigCarriesTheClassifySection() {
    AppConfig config =
        new ConfigLoader(
                Map.of(
                    "LO_JIRA_API_TOKEN", "t",
                    "LO_JIRA_WEBHOOK_SECRET", "w",
                    "LO_CAPTURE_TOKEN_SECRET", "0123456789abcdef0123456789abcdef"))
            .loadYaml(
                """
                jira:
                  baseUrl: https://x.atlassian.net
                  email: a@example.com
                  apiToken: ${LO_JIRA_API_TOKEN}
                  webhookSecret: ${LO_JIRA_WEBHOOK_SECRET}
                orders:
                  jql: project = ORD
                capture:
                  tokenSecret: ${LO_CAPTURE_TOKEN_SECRET}
                classify:
                  minConfidence: 0.5
                """,
                "test.yml");

    assertThat(config.classify().minConfidence()).isEqualTo(0.5);
    assertThat(config.classify().retrainAfter()).isEqualTo(20);
  }

  @Test
  void aRelativeVocabularyPathThatIsNotThereSaysWhereItWasLookedFor() throws Exception {
    Path config =
        file(
            """
            classify:
              vocabulary: vocabulary-extra.yml
            """);

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).loadClassify(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "classify.vocabulary: 'vocabulary-extra.yml' is not a readable file (looked for "
                + Path.of("vocabulary-extra.yml").toAbsolutePath()
                + ": a relative path is from the working directory, not the config file's folder)");
  }
}
