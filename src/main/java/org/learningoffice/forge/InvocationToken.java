package org.learningoffice.forge;

import java.util.Objects;
import java.util.Optional;

/**
 * What a verified Forge Invocation Token says about a call: the installation it came from, the user
 * (UI calls only) and the issue the panel is open on (issue-view modules only).
 *
 * @param installationId {@code app.installationId}
 * @param accountId {@code principal}, the Atlassian account that invoked a UI module
 * @param issueId {@code context.extension.issue.id}
 */
record InvocationToken(
    String installationId, Optional<String> accountId, Optional<String> issueId) {
  InvocationToken {
    Objects.requireNonNull(installationId, "installationId");
  }
}
