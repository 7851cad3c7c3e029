package org.learningoffice.check;

import com.nimbusds.jose.KeySourceException;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.config.ForgeConfig;
import org.learningoffice.forge.ForgeKeys;

/** Whether Forge mode is configured, and whether Atlassian's JWKS answers with keys. */
final class ForgeCheck {
  private static final String NAME = "forge";

  private final ForgeConfig config;
  private final ForgeKeys keys;

  ForgeCheck(ForgeConfig config, ForgeKeys keys) {
    this.config = config;
    this.keys = keys;
  }

  List<CheckResult> run() {
    if (!config.enabled()) {
      return List.of(
          CheckResult.skip(
              NAME,
              "Forge mode is off (forge.appId unset): events come by webhook; /forge/... answers"
                  + " 401"));
    }
    List<CheckResult> results = new ArrayList<>();
    results.add(
        CheckResult.ok(
            NAME,
            "Forge mode is on for "
                + config.appId().get()
                + config
                    .installationId()
                    .map(id -> ", installation " + id)
                    .orElse(" (tokens must name jira.baseUrl as their site)")));
    if (config.installationId().isEmpty()) {
      results.add(
          CheckResult.warn(
              NAME,
              "forge.installationId is unset: trigger events, whose tokens name no site, are"
                  + " refused; set it to the id `forge install list` shows"));
    }
    try {
      int count = keys.fetchNow();
      results.add(
          count == 0
              ? CheckResult.fail(NAME, config.jwksUrl() + " answers with no keys")
              : CheckResult.ok(NAME, config.jwksUrl() + " answers with " + count + " key(s)"));
    } catch (KeySourceException e) {
      results.add(CheckResult.fail(NAME, e.getMessage() + "; check forge.jwksUrl and egress"));
    }
    return results;
  }
}
