package org.learningoffice.order;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.RequestBody;
import org.learningoffice.web.RouteContributor;

/**
 * {@code POST /hooks/jira}: 202 {@code {"accepted":true}} once stored, 202 {@code
 * {"duplicate":true}} for a delivery already stored, 202 {@code {"ignored":true}} for events we do
 * not handle; 401 bad or missing signature, 400 malformed, 413 too large (nothing stored).
 */
public final class WebhookRoutes implements RouteContributor {
  static final String PATH = "/hooks/jira";
  static final String SIGNATURE_HEADER = "X-Hub-Signature";
  static final String IDENTIFIER_HEADER = "X-Atlassian-Webhook-Identifier";

  private final RequestBody requestBody;
  private final WebhookSignature signature;
  private final WebhookIntake intake;

  @Inject
  public WebhookRoutes(RequestBody requestBody, WebhookSignature signature, WebhookIntake intake) {
    this.requestBody = requestBody;
    this.signature = signature;
    this.intake = intake;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.post(PATH, this::receive);
  }

  private void receive(Context ctx) {
    byte[] body = requestBody.read(ctx);
    if (!signature.accepts(body, Optional.ofNullable(ctx.header(SIGNATURE_HEADER)))) {
      throw HttpError.unauthorized("missing or invalid " + SIGNATURE_HEADER);
    }
    CompletableFuture<WebhookIntake.Outcome> stored;
    try {
      stored = intake.receive(body, Optional.ofNullable(ctx.header(IDENTIFIER_HEADER)));
    } catch (MalformedWebhookException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    // Answered from whichever thread commits the delivery: no thread is parked to wait for it.
    ctx.future(() -> stored.thenAccept(outcome -> ctx.status(202).json(outcome.acknowledgement())));
  }
}
