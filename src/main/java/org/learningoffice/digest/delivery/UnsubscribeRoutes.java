package org.learningoffice.digest.delivery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.learningoffice.web.HtmlText;
import org.learningoffice.web.PagePolicy;
import org.learningoffice.web.RouteContributor;

/**
 * {@code GET /digest/unsubscribe/{token}} (the link in the e-mail) asks to confirm with a button;
 * {@code POST} (that button, or RFC 8058 one-click from the mail client) records the address. A GET
 * changes nothing, so a mail scanner or link preview that opens the link unsubscribes nobody. A
 * link whose signature does not verify is answered 403 either way.
 */
public final class UnsubscribeRoutes implements RouteContributor {
  /** The link's token is a capability: no referrer carries it away; nothing framed or cached. */
  private static final PagePolicy PAGE =
      new PagePolicy(
          "no-referrer",
          "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

  private final UnsubscribeLinks links;
  private final Unsubscribes unsubscribes;

  @Inject
  public UnsubscribeRoutes(UnsubscribeLinks links, Unsubscribes unsubscribes) {
    this.links = links;
    this.unsubscribes = unsubscribes;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/digest/unsubscribe/{token}", this::confirm);
    routes.post("/digest/unsubscribe/{token}", this::unsubscribe);
  }

  private void confirm(Context ctx) {
    verified(ctx)
        .ifPresent(
            address ->
                ctx.result(
                    page(
                        "<p>Stop the learning-office digest to "
                            + HtmlText.escape(address)
                            + "?</p><form method=\"post\"><button type=\"submit\">Unsubscribe"
                            + "</button></form><p>Nothing changes until you press the button.</p>")));
  }

  private void unsubscribe(Context ctx) {
    Optional<String> address = verified(ctx);
    if (address.isEmpty()) {
      return;
    }
    unsubscribes.add(address.get());
    ctx.result(
        page(
            "<p>You will get no more learning-office digests at "
                + HtmlText.escape(address.get())
                + ".</p>"));
  }

  /** The link's address, or empty with the 403 page already answered. */
  private Optional<String> verified(Context ctx) {
    Optional<String> address = links.verify(ctx.pathParam("token"));
    PAGE.apply(ctx);
    ctx.contentType("text/html; charset=utf-8");
    if (address.isEmpty()) {
      ctx.status(403)
          .result(
              page(
                  "<p>This unsubscribe link is not valid. Use the link from the latest"
                      + " digest.</p>"));
    }
    return address;
  }

  /** A page around {@code body}, HTML in which every user text is already escaped. */
  private static String page(String body) {
    // the link is mostly opened from a phone's mail app: lay the page out at the phone's width
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta"
        + " name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Learning"
        + " Office digest</title></head><body>"
        + body
        + "</body></html>";
  }
}
