package org.learningoffice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.ForgeConfig;
import org.learningoffice.forge.ForgeKeys;
import org.learningoffice.testing.ForgeSite;

/** What {@code check} says about Forge mode and Atlassian's JWKS. */
class ForgeCheckTest {

  private static List<CheckResult> check(ForgeConfig config) {
    return new ForgeCheck(config, new ForgeKeys(config)).run();
  }

  private static List<CheckResult.Status> statuses(List<CheckResult> results) {
    return results.stream().map(CheckResult::status).toList();
  }

  @Test
  void forgeModeOffIsSkipped() {
    List<CheckResult> results = check(ForgeConfig.OFF);

    assertThat(statuses(results)).containsExactly(CheckResult.Status.SKIP);
    assertThat(results.get(0).detail()).contains("forge.appId");
  }

  @Test
  void aConfiguredAppWithAnAnsweringJwksIsOk() {
    try (ForgeSite site = new ForgeSite().publish(ForgeSite.newKey("a"), ForgeSite.newKey("b"))) {
      List<CheckResult> results =
          check(
              new ForgeConfig(
                  Optional.of(ForgeSite.APP_ID),
                  site.jwksUrl(),
                  Optional.of(ForgeSite.INSTALLATION_ID)));

      assertThat(statuses(results)).containsExactly(CheckResult.Status.OK, CheckResult.Status.OK);
      assertThat(results.get(1).detail()).contains("2 key(s)");
    }
  }

  @Test
  void aJwksThatDoesNotAnswerFailsAndAMissingInstallationWarns() {
    List<CheckResult> results =
        check(
            new ForgeConfig(
                Optional.of(ForgeSite.APP_ID),
                URI.create("http://127.0.0.1:9/.well-known/jwks.json"),
                Optional.empty()));

    assertThat(statuses(results))
        .containsExactly(CheckResult.Status.OK, CheckResult.Status.WARN, CheckResult.Status.FAIL);
    assertThat(results.get(2).detail()).contains("forge.jwksUrl");
  }
}
