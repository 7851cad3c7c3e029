package org.learningoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Unit;

class DigestConfigTest {
  private static final String BASE =
      """
      jira:
        baseUrl: https://acme.atlassian.net
        email: bot@example.com
        apiToken: token
        webhookSecret: secret
      orders:
        jql: project = ORD
      capture:
        tokenSecret: 0123456789abcdef0123456789abcdef
      """;

  private AppConfig load(String yaml, Map<String, String> env) {
    return new ConfigLoader(env).loadYaml(BASE + yaml, "test.yml");
  }

  @Test
  void channelsAreOffUnlessConfigured() {
    DigestConfig digest = load("", Map.of()).digest();

    assertThat(digest.recipients()).isEmpty();
    assertThat(digest.smtp()).isEmpty();
    assertThat(digest.slackWebhookUrl()).isEmpty();
    assertThat(digest.teamsWebhookUrl()).isEmpty();
    assertThat(digest.jiraProjectKey()).isEmpty();
  }

  @Test
  void recipientsCarryAnOptionalUnitAndSmtpItsSettings() {
    AppConfig config =
        load(
            """
            digest:
              recipients: [lead@example.com, "front@example.com:front-office"]
              smtp:
                host: smtp.example.com
                username: lo
                password: ${SMTP_PASSWORD}
                from: lo@example.com
            office:
              accessToken: ${TOKEN}
            """,
            Map.of("SMTP_PASSWORD", "pw", "TOKEN", "0123456789abcdef0123456789"));

    assertThat(config.digest().recipients())
        .containsExactly(
            new DigestConfig.Recipient("lead@example.com", Optional.empty()),
            new DigestConfig.Recipient("front@example.com", Optional.of(Unit.FRONT_OFFICE)));
    DigestConfig.Smtp smtp = config.digest().smtp().orElseThrow();
    assertThat(smtp.port()).isEqualTo(587);
    assertThat(smtp.startTls()).isTrue();
    assertThat(smtp.password().orElseThrow().reveal()).isEqualTo("pw");
    assertThat(smtp.toString()).doesNotContain("pw");
    assertThat(config.office().accessToken()).isPresent();
  }

  @Test
  void badRecipientsAndMissingSmtpAreReportedByKey() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    digest:
                      recipients: [ok@example.com, not-an-address, "x@example.com:nowhere"]
                    office:
                      accessToken: short
                    """,
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("digest.recipients: 'not-an-address'")
        .hasMessageContaining("'x@example.com:nowhere'")
        .hasMessageContaining("digest.smtp.host")
        .hasMessageContaining("office.accessToken");
  }

  @Test
  void aSenderThatIsNotAnAddressIsReportedAtStartNotOnMondayMorning() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    digest:
                      smtp:
                        host: smtp.example.com
                        from: Learning Office learning-office@example.com
                    """,
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("digest.smtp.from");
    assertThat(
            load(
                    """
                    digest:
                      smtp:
                        host: smtp.example.com
                        from: Lärande kontoret <lo@example.com>
                    """,
                    Map.of())
                .digest()
                .smtp()
                .orElseThrow()
                .from())
        .isEqualTo("Lärande kontoret <lo@example.com>");
  }

  @Test
  void aRecipientTheMailSenderCannotAddressIsReportedAtStart() {
    // a semicolon for the unit's colon, a comma inside one entry: each would fail every week
    assertThatThrownBy(
            () ->
                load(
                    """
                    digest:
                      recipients: ["front@example.com;front-office", "a@example.com,b@example.com"]
                      smtp:
                        host: smtp.example.com
                        from: lo@example.com
                    """,
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'front@example.com;front-office'")
        .hasMessageContaining("'a@example.com,b@example.com'");
  }

  @Test
  void recipientsComeFromTheEnvironmentCommaSeparated() {
    AppConfig config =
        load(
            "digest:\n  smtp:\n    host: smtp.example.com\n    from: lo@example.com\n",
            Map.of("LO_DIGEST_RECIPIENTS", "a@example.com, b@example.com:between"));

    assertThat(config.digest().recipients()).hasSize(2);
    assertThat(config.digest().recipients().get(1).unit()).contains(Unit.BETWEEN);
  }
}
