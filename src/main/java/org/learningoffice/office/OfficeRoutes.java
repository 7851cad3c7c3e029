package org.learningoffice.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.learningoffice.web.Asset;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.PagePolicy;
import org.learningoffice.web.RouteContributor;

/**
 * The office dashboard for leads: {@code GET /office} (filters, matrix, trend, lessons; bearer
 * token or a session from {@link OfficeLoginRoutes}, else a 401 page; a 400 page for a malformed
 * filter) and its stylesheet.
 */
public final class OfficeRoutes implements RouteContributor {
  /**
   * No caching of what only leads may see; styles only from here; no framing. The referrer stays on
   * this site (Jira sees none), and {@code same-origin} rather than {@code no-referrer} keeps the
   * login form's {@code Origin} header, which {@link SameOrigin} checks.
   */
  static final PagePolicy PAGE =
      new PagePolicy(
          "same-origin",
          "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
              + " frame-ancestors 'none'; base-uri 'none'");

  private final OfficeAccess access;
  private final OfficeDashboard dashboard;
  private final OfficePages pages;

  @Inject
  public OfficeRoutes(OfficeAccess access, OfficeDashboard dashboard, OfficePages pages) {
    this.access = access;
    this.dashboard = dashboard;
    this.pages = pages;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/office", this::dashboard);
    routes.get("/assets/office.css", new Asset("office.css", "text/css")::serve);
  }

  private void dashboard(Context ctx) {
    PAGE.apply(ctx);
    if (!access.allows(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      ctx.status(401)
          .html(
              pages.refusal(
                  "Log in to see the learning office",
                  "The dashboard needs the office access token: log in, or send it as a bearer"
                      + " token."));
      return;
    }
    OfficeFilter filter;
    try {
      filter = OfficeFilter.parse(ctx::queryParam);
    } catch (HttpError e) {
      ctx.status(e.status()).html(pages.problem("These filters cannot be applied", e.getMessage()));
      return;
    }
    ctx.html(pages.dashboard(dashboard.view(filter)));
  }
}
