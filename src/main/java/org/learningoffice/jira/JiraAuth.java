package org.learningoffice.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.learningoffice.config.Secret;

/** How the client proves who it is to Jira. */
public sealed interface JiraAuth {

  /** The value of the {@code Authorization} header; a secret, never to be logged. */
  Secret authorizationHeader();

  /** Jira Cloud: an Atlassian account e-mail and API token, sent as HTTP Basic. */
  record CloudApiToken(String email, Secret apiToken) implements JiraAuth {
    public CloudApiToken {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(apiToken, "apiToken");
      if (email.isBlank() || apiToken.isBlank()) {
        throw new IllegalArgumentException("Jira Cloud auth needs an e-mail and an API token");
      }
    }

    @Override
    public Secret authorizationHeader() {
      String pair = email + ":" + apiToken.reveal();
      return Secret.of(
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** Jira Data Center: a personal access token, sent as a Bearer token. */
  record PersonalAccessToken(Secret token) implements JiraAuth {
    public PersonalAccessToken {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("Jira Data Center auth needs a personal access token");
      }
    }

    @Override
    public Secret authorizationHeader() {
      return Secret.of("Bearer " + token.reveal());
    }
  }
}
