package org.learningoffice.digest.delivery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.learningoffice.web.HtmlText;
import org.learningoffice.web.RouteContributor;

/**
 * {@code GET /digest/unsubscribe/{token}} (the link in the e-mail) and {@code POST} (RFC 8058
 * one-click from the mail client): a valid signature records the address; 403 otherwise.
 */
public final class UnsubscribeRoutes implements RouteContributor {
  private final UnsubscribeLinks links;
  private final Unsubscribes unsubscribes;

  @Inject
  public UnsubscribeRoutes(UnsubscribeLinks links, Unsubscribes unsubscribes) {
    this.links = links;
    this.unsubscribes = unsubscribes;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/digest/unsubscribe/{token}", this::unsubscribe);
    routes.post("/digest/unsubscribe/{token}", this::unsubscribe);
  }

  private void unsubscribe(Context ctx) {
    var address = links.verify(ctx.pathParam("token"));
    ctx.contentType("text/html; charset=utf-8");
    if (address.isEmpty()) {
      ctx.status(403)
          .result(page("This unsubscribe link is not valid. Use the link from the latest digest."));
      return;
    }
    unsubscribes.add(address.get());
    ctx.result(
        page(
            "You will get no more learning-office digests at "
                + HtmlText.escape(address.get())
                + "."));
  }

  private static String page(String message) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Learning Office"
        + " digest</title></head><body><p>"
        + message
        + "</p></body></html>";
  }
}
