package org.learningoffice.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Takes a verified webhook body into the inbox: reads it, drops events we do not handle, and
 * commits the raw body under its dedupe key before the caller acknowledges it.
 */
public final class WebhookIntake {
  /** What became of a delivery. */
  public enum Outcome {
    /** Stored; the worker will turn it into order facts. */
    ACCEPTED,
    /** Already stored (a retry, a replay or a second registration): dropped. */
    DUPLICATE,
    /** An event we do not handle: acknowledged, not stored. */
    IGNORED;

    /** The body of the 202 that acknowledges the delivery, such as {@code {"accepted": true}}. */
    public Map<String, Boolean> acknowledgement() {
      return Map.of(name().toLowerCase(Locale.ROOT), true);
    }
  }

  private final WebhookParser parser;
  private final Inbox inbox;

  @Inject
  public WebhookIntake(ObjectMapper json, Inbox inbox) {
    this.parser = new WebhookParser(json);
    this.inbox = inbox;
  }

  /**
   * Stores a delivery.
   *
   * @param body the raw body, already size-checked and signature-verified
   * @param webhookIdentifier Jira's {@code X-Atlassian-Webhook-Identifier}, when sent
   * @return the outcome, once the delivery is committed to the inbox (or found there)
   * @throws MalformedWebhookException when the body is not JSON or lacks a needed field
   */
  public CompletableFuture<Outcome> receive(byte[] body, Optional<String> webhookIdentifier) {
    Optional<WebhookEvent> event = WebhookEvent.readDelivered(parser.parse(body));
    if (event.isEmpty()) {
      return CompletableFuture.completedFuture(Outcome.IGNORED);
    }
    WebhookEvent e = event.get();
    return inbox
        .store(
            new Inbox.NewEvent(
                e.dedupeKey(webhookIdentifier),
                Inbox.Source.WEBHOOK,
                e.type(),
                e.issueId(),
                new String(body, StandardCharsets.UTF_8)))
        .thenApply(
            acceptance ->
                acceptance == Inbox.Acceptance.ACCEPTED ? Outcome.ACCEPTED : Outcome.DUPLICATE);
  }
}
