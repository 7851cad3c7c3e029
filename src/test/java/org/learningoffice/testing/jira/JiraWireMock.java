package org.learningoffice.testing.jira;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock Jira for one test: started before it on a free port, checked against the OpenAPI spec
 * on every call ({@link OpenApiValidationListener}), and failing the test after it when any request
 * or stubbed answer broke the spec. Without the spec the test is skipped, with the reason.
 *
 * <pre>{@code @RegisterExtension final JiraWireMock jira = new JiraWireMock();}</pre>
 */
public final class JiraWireMock implements BeforeEachCallback, AfterEachCallback {
  private final Extension[] extensions;
  private WireMockServer server;
  private OpenApiValidationListener validation;

  /** WireMock with the spec check and {@code extensions}, such as a stateful answer. */
  public JiraWireMock(Extension... extensions) {
    this.extensions = extensions.clone();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(JiraOpenApiSpec.location().isPresent(), JiraOpenApiSpec::whyMissing);
    validation = new OpenApiValidationListener(JiraOpenApiSpec.validator());
    server =
        new WireMockServer(options().dynamicPort().extensions(validation).extensions(extensions));
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (server == null) {
      return;
    }
    try {
      server.stop();
      List<String> violations = validation.takeViolations();
      assertThat(violations).as("Jira OpenAPI spec violations").isEmpty();
    } finally {
      server = null;
    }
  }

  /** The running server, to stub and verify on. */
  public WireMockServer server() {
    return server;
  }

  /** The base URL of the fake Jira. */
  public URI baseUrl() {
    return URI.create(server.baseUrl());
  }

  /** Returns what broke the spec so far and forgets it: for tests that break it on purpose. */
  public List<String> takeViolations() {
    return validation.takeViolations();
  }
}
