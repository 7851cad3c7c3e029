package org.learningoffice.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.learningoffice.config.Secret;
import org.learningoffice.order.WebhookSignature;

/**
 * Delivers the sandbox's webhooks as Jira does: a JSON body signed with {@code X-Hub-Signature:
 * sha256=...} (HMAC-SHA256 with the shared secret) and a fresh {@code
 * X-Atlassian-Webhook-Identifier}, POSTed to the service's {@code /hooks/jira}.
 */
public final class SandboxWebhooks {
  private final ObjectMapper json;
  private final URI target;
  private final Secret secret;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public SandboxWebhooks(ObjectMapper json, URI target, Secret secret) {
    this.json = json;
    this.target = target;
    this.secret = secret;
  }

  /** Sends one event and returns the HTTP status the service answered with. */
  public int deliver(ObjectNode event) {
    byte[] body;
    try {
      body = json.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the webhook body", e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("X-Hub-Signature", WebhookSignature.sign(secret, body))
            .header("X-Atlassian-Webhook-Identifier", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot deliver the webhook to " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering a webhook", e);
    }
  }
}
