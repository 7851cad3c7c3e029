package org.learningoffice.order;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    IGNORED
  }

  /** Deeper JSON is refused before it is read into a tree. */
  static final int MAX_NESTING = 100;

  private final ObjectMapper json;
  private final Inbox inbox;

  @Inject
  public WebhookIntake(ObjectMapper json, Inbox inbox) {
    this.json = strict(json);
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
    Optional<WebhookEvent> event = WebhookEvent.readDelivered(parse(body));
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

  /**
   * The service's mapper with a bound on nesting (Jira's deepest documents, ADF descriptions, stay
   * well under it) and no data allowed after the document.
   */
  private static ObjectMapper strict(ObjectMapper json) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    return new ObjectMapper(factory)
        .setConfig(json.getDeserializationConfig())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private JsonNode parse(byte[] body) {
    if (body.length >= 3
        && (body[0] & 0xff) == 0xEF
        && (body[1] & 0xff) == 0xBB
        && (body[2] & 0xff) == 0xBF) {
      throw new MalformedWebhookException("body starts with a byte order mark");
    }
    try {
      JsonNode root = json.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw new MalformedWebhookException("body is empty");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new MalformedWebhookException("body is nested deeper than " + MAX_NESTING + " levels");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new MalformedWebhookException(
          at == null
              ? "body is not valid JSON"
              : "body is not valid JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")");
    } catch (IOException e) {
      throw new MalformedWebhookException("body cannot be read");
    }
  }
}
