package org.learningoffice.jira;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.config.Secret;

/**
 * Another way in to the same Jira, used instead of the configured credentials while it lasts: the
 * app system token that Forge sends with each call to the service, valid at the API gateway URL
 * Forge names. Without one, every call uses {@link JiraSite#auth()} at {@link JiraSite#baseUrl()}.
 */
public interface JiraGrant {

  /** The grant to use for a call sent now, if there is one. */
  Optional<Grant> current();

  /** Jira refused the grant (HTTP 401): it is not offered again. */
  void refused(Grant grant);

  /** No grant: every call uses the configured credentials. */
  static JiraGrant none() {
    return new JiraGrant() {
      @Override
      public Optional<Grant> current() {
        return Optional.empty();
      }

      @Override
      public void refused(Grant grant) {
        // nothing was offered
      }
    };
  }

  /**
   * A bearer token and the base URL it is valid at.
   *
   * @param apiBaseUrl e.g. {@code https://api.atlassian.com/ex/jira/<cloud id>}
   * @param token the bearer token; a secret, never to be logged
   */
  record Grant(URI apiBaseUrl, Secret token) {
    public Grant {
      Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
      Objects.requireNonNull(token, "token");
      String scheme = apiBaseUrl.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("a grant's base URL must be http or https");
      }
    }
  }
}
