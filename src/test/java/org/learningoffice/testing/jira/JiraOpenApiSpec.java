package org.learningoffice.testing.jira;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Atlassian's Jira Cloud platform REST v3 OpenAPI spec, found through {@code LO_JIRA_OPENAPI} (a
 * file) or {@code $LO_SHARED_DIR/jira-openapi/jira-cloud-platform-v3.json}, and its validator,
 * built once per JVM because parsing the 2.4 MB spec takes seconds.
 */
public final class JiraOpenApiSpec {
  private static final String SHARED_PATH = "jira-openapi/jira-cloud-platform-v3.json";

  private JiraOpenApiSpec() {}

  /** Where the spec file is, or why it cannot be used. */
  public static Optional<Path> location() {
    String explicit = System.getenv("LO_JIRA_OPENAPI");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit)).filter(Files::isRegularFile);
    }
    String shared = System.getenv("LO_SHARED_DIR");
    if (shared != null && !shared.isBlank()) {
      return Optional.of(Path.of(shared).resolve(SHARED_PATH)).filter(Files::isRegularFile);
    }
    return Optional.empty();
  }

  /** Why the spec is missing, for a skipped test's reason. */
  public static String whyMissing() {
    return "Jira OpenAPI spec not found (LO_JIRA_OPENAPI="
        + System.getenv("LO_JIRA_OPENAPI")
        + ", LO_SHARED_DIR="
        + System.getenv("LO_SHARED_DIR")
        + "): point LO_JIRA_OPENAPI at the spec file, or LO_SHARED_DIR at a directory holding "
        + SHARED_PATH;
  }

  /** The validator for the spec; call only when {@link #location()} found it. */
  public static OpenApiInteractionValidator validator() {
    return Holder.VALIDATOR;
  }

  /** Lazy, thread-safe, once per JVM (class initialisation). */
  private static final class Holder {
    private static final OpenApiInteractionValidator VALIDATOR =
        OpenApiInteractionValidator.createForSpecificationUrl(
                location()
                    .orElseThrow(() -> new IllegalStateException(whyMissing()))
                    .toUri()
                    .toString())
            .build();
  }
}
