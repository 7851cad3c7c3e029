package org.learningoffice.config;

/** The lesson-capture form: how its links are signed. */
public record CaptureConfig(Secret tokenSecret) {
  static CaptureConfig read(ConfigReader r) {
    Secret secret =
        r.secret("capture.tokenSecret")
            .orElseGet(
                () ->
                    r.missing("capture.tokenSecret", "${LO_CAPTURE_TOKEN_SECRET}", Secret.of("")));
    if (!secret.isBlank() && secret.bytes().length < 32) {
      r.problem(
          "capture.tokenSecret",
          "is shorter than 32 bytes; form links signed with it could be forged"
              + " (generate one with: openssl rand -base64 48)");
    }
    return new CaptureConfig(secret);
  }
}
