package org.learningoffice.forge;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.learningoffice.order.MalformedWebhookException;
import org.learningoffice.order.WebhookIntake;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.RequestBody;
import org.learningoffice.web.RouteContributor;

/**
 * {@code POST /forge/events}: the manifest's trigger endpoint. A verified Forge issue event goes
 * into the inbox as the webhook for the same change would: 202 {@code {"accepted":true}}, {@code
 * {"duplicate":true}} or {@code {"ignored":true}}; 401 without a valid token, 403 for a token from
 * the issue view (only the trigger delivers events), 400 malformed.
 */
final class ForgeEventRoutes implements RouteContributor {
  static final String PATH = "/forge/events";

  private final ForgeCaller caller;
  private final RequestBody requestBody;
  private final ForgeIssueEvents events;
  private final WebhookIntake intake;

  @Inject
  ForgeEventRoutes(
      ForgeCaller caller, RequestBody requestBody, ForgeIssueEvents events, WebhookIntake intake) {
    this.caller = caller;
    this.requestBody = requestBody;
    this.events = events;
    this.intake = intake;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.post(PATH, this::receive);
  }

  private void receive(Context ctx) {
    caller.eventCall(ctx);
    byte[] body = requestBody.read(ctx);
    CompletableFuture<WebhookIntake.Outcome> stored;
    try {
      Optional<ForgeIssueEvents.Delivery> delivery = events.toWebhook(body);
      if (delivery.isEmpty()) {
        ctx.status(202).json(WebhookIntake.Outcome.IGNORED.acknowledgement());
        return;
      }
      stored = intake.receive(delivery.get().body(), delivery.get().identifier());
    } catch (MalformedWebhookException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    ctx.future(() -> stored.thenAccept(outcome -> ctx.status(202).json(outcome.acknowledgement())));
  }
}
