package org.learningoffice.forge;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verified Forge Invocation Token says about a call: the installation it came from, the user
 * (UI calls only) and the issue the panel is open on (issue-view modules only).
 *
 * @param installationId {@code app.installationId}
 * @param accountId {@code principal}, the Atlassian account that invoked a UI module
 * @param issueId {@code context.extension.issue.id}
 * @param apiBaseUrl {@code app.apiBaseUrl}, where the app system token sent with the call is valid
 */
record InvocationToken(
    String installationId,
    Optional<String> accountId,
    Optional<String> issueId,
    Optional<URI> apiBaseUrl) {
  InvocationToken {
    Objects.requireNonNull(installationId, "installationId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
  }
}
