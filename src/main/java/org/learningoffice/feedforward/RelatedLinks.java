package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.config.FeedForwardConfig;
import org.learningoffice.config.ServerConfig;

/**
 * Links to an order's related-lessons page, {@code /related/{token}}: signed like form links (same
 * keys and rotation) for the purpose {@code related-<issue id>}, so a page link never opens the
 * order's form nor a form link this page. A link lives {@code feedForward.linkTtl}, not the form's
 * {@code capture.tokenTtl}: the page and its votes are used while a long order runs, and the job
 * signs a new link whenever it updates the ticket.
 */
public final class RelatedLinks {
  private static final String PURPOSE = "related-";

  private final FormTokenSigner signer;
  private final ServerConfig server;
  private final FeedForwardConfig config;

  @Inject
  public RelatedLinks(FormTokenSigner signer, ServerConfig server, FeedForwardConfig config) {
    this.signer = signer;
    this.server = server;
    this.config = config;
  }

  /** A new signed link to the page of the order with this issue id, valid for linkTtl. */
  public URI sign(String issueId) {
    String base = server.publicBaseUrl().toString().replaceAll("/+$", "");
    return URI.create(base + "/related/" + signer.sign(PURPOSE + issueId, config.linkTtl()));
  }

  /** The issue id a token stands for, when it is a valid related-page token. */
  public Optional<String> issueIdOf(String token) {
    return signer
        .verify(token)
        .token()
        .map(t -> t.issueId())
        .filter(id -> id.startsWith(PURPOSE))
        .map(id -> id.substring(PURPOSE.length()))
        .filter(id -> !id.isEmpty());
  }

  /** Why a token was refused, in words for the person holding the link. */
  public String refusal(String token) {
    return signer
        .verify(token)
        .refusal()
        .map(FormTokenSigner.Refusal::advice)
        .map(a -> a.replace("form link", "link").replace("a valid link", "a valid page link"))
        .orElse("This link is not a related-lessons link. Open it from the order's Jira ticket.");
  }
}
