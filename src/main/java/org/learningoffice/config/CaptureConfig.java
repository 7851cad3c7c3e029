package org.learningoffice.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The lesson-capture form: how its links are signed and how long they last.
 *
 * @param tokenSecret signs new form links
 * @param previousTokenSecrets earlier secrets, still accepted for links signed before a rotation
 * @param tokenTtl how long a form link stays valid
 */
public record CaptureConfig(
    Secret tokenSecret, List<Secret> previousTokenSecrets, Duration tokenTtl) {
  private static final int MIN_SECRET_BYTES = 32;

  public CaptureConfig {
    previousTokenSecrets = List.copyOf(previousTokenSecrets);
  }

  static CaptureConfig read(ConfigReader r) {
    Secret secret =
        r.secret("capture.tokenSecret")
            .orElseGet(
                () ->
                    r.missing("capture.tokenSecret", "${LO_CAPTURE_TOKEN_SECRET}", Secret.of("")));
    requireStrong(r, "capture.tokenSecret", secret);
    List<Secret> previous = new ArrayList<>();
    for (Secret old : r.secretList("capture.previousTokenSecrets")) {
      requireStrong(r, "capture.previousTokenSecrets", old);
      previous.add(old);
    }
    return new CaptureConfig(secret, previous, r.duration("capture.tokenTtl", Duration.ofDays(60)));
  }

  private static void requireStrong(ConfigReader r, String key, Secret secret) {
    if (!secret.isBlank() && secret.bytes().length < MIN_SECRET_BYTES) {
      r.problem(
          key,
          "is shorter than "
              + MIN_SECRET_BYTES
              + " bytes; form links signed with it could be forged"
              + " (generate one with: openssl rand -base64 48)");
    }
  }
}
