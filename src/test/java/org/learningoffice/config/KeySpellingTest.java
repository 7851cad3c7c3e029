package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeySpellingTest {
  private static final List<String> KNOWN =
      List.of("orders.jql", "orders.pollInterval", "digest.zone", "server.port");

  @Test
  void aTypoNamesTheKeyItMostLikelyMeant() {
    assertThat(KeySpelling.closest("orders.jqll", KNOWN)).hasValue("orders.jql");
    assertThat(KeySpelling.closest("orders.polInterval", KNOWN)).hasValue("orders.pollInterval");
    assertThat(KeySpelling.closest("digest.zoen", KNOWN)).hasValue("digest.zone");
    assertThat(KeySpelling.closest("Server.Port", KNOWN)).hasValue("server.port");
  }

  @Test
  void aKeyFarFromEveryKnownOneGetsNoGuess() {
    assertThat(KeySpelling.closest("orders.customerField", KNOWN)).isEmpty();
    assertThat(KeySpelling.closest("x", KNOWN)).isEmpty();
  }

  @Test
  void theConfigErrorSaysWhichKeyWasMeant() {
    String yaml =
        """
        jira:
          baseUrl: https://your-site.atlassian.net
          email: bot@example.com
          apiToken: token
          webhookSecret: secret
        orders:
          jqll: project = ORD
        capture:
          tokenSecret: 0123456789abcdef0123456789abcdef
        """;

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).loadYaml(yaml, "typo.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("orders.jqll: is not a known key; did you mean orders.jql?");
  }
}
