package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.config.Secret;
import org.learningoffice.config.StoreConfig;

/**
 * An embedded H2 file writes each commit before the commit returns, so what the service has
 * answered for (a webhook's 202, a saved lesson) survives the process being killed right after.
 */
class H2DurabilityTest {
  @TempDir Path dir;

  private String writeDelay(String url) {
    try (Database database = Database.open(new StoreConfig(url, "", Secret.of(""), 2))) {
      return database
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                              + " WHERE SETTING_NAME = 'WRITE_DELAY'")
                      .mapTo(String.class)
                      .one());
    }
  }

  @Test
  void anH2FileCommitsWithoutWriteDelay() {
    assertThat(writeDelay("jdbc:h2:file:" + dir.resolve("lo"))).isEqualTo("0");
  }

  @Test
  void aWriteDelayTheUrlSetsIsKept() {
    assertThat(writeDelay("jdbc:h2:file:" + dir.resolve("lo") + ";WRITE_DELAY=100"))
        .isEqualTo("100");
  }
}
