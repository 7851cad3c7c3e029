package org.learningoffice.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.Digest;
import org.learningoffice.digest.DigestService;
import org.learningoffice.digest.HtmlRenderer;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.YearAgoLesson;
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
  public static final PagePolicy PAGE =
      new PagePolicy(
          "same-origin",
          "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
              + " frame-ancestors 'none'; base-uri 'none'");

  /**
   * The digest preview is the e-mail's HTML: inline style attributes (e-mail clients drop style
   * sheets) and the chart as a {@code data:} image; every text in it is escaped, and no script
   * runs.
   */
  static final PagePolicy PREVIEW =
      new PagePolicy(
          "same-origin",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none';"
              + " frame-ancestors 'none'; base-uri 'none'");

  private final OfficeAccess access;
  private final OfficeDashboard dashboard;
  private final OfficePages pages;
  private final DigestService digests;
  private final HtmlRenderer html;
  private final boolean skipEmptyWeeks;
  private final YearAgoLesson yearAgo;

  @Inject
  public OfficeRoutes(
      OfficeAccess access,
      OfficeDashboard dashboard,
      OfficePages pages,
      DigestService digests,
      HtmlRenderer html,
      DigestConfig config,
      YearAgoLesson yearAgo) {
    this.access = access;
    this.dashboard = dashboard;
    this.pages = pages;
    this.digests = digests;
    this.html = html;
    this.skipEmptyWeeks = config.skipEmptyWeeks();
    this.yearAgo = yearAgo;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/office", this::dashboard);
    routes.get("/office/digest", this::digestPreview);
    routes.get("/assets/office.css", new Asset("office.css", "text/css")::serve);
  }

  /**
   * {@code GET /office/digest?week=2026-W49}: the HTML digest of any week as its e-mail would show
   * it (default: the last full week); an empty week says first that it would not be sent.
   */
  private void digestPreview(Context ctx) {
    if (!access.allows(ctx)) {
      PAGE.apply(ctx);
      refuse(ctx);
      return;
    }
    IsoWeek week;
    try {
      String asked = ctx.queryParam("week");
      week = asked == null || asked.isBlank() ? digests.lastFullWeek() : OfficeFilter.week(asked);
    } catch (HttpError e) {
      PAGE.apply(ctx);
      ctx.status(e.status()).html(pages.problem("This week cannot be shown", e.getMessage()));
      return;
    }
    PREVIEW.apply(ctx);
    Digest digest = digests.build(week);
    String page = html.render(digest, Optional.empty());
    if (skipEmptyWeeks && digest.isEmpty()) {
      page =
          page.replaceFirst(
              "<body([^>]*)>",
              "$0<p id=\"not-sent\" style=\"margin:0;padding:12px;background:#fff4e5;"
                  + "font-family:Arial,Helvetica,sans-serif;\">Nothing happened in this week:"
                  + " with digest.skipEmptyWeeks on, this digest would not be sent.</p>");
    }
    ctx.html(page);
  }

  private void refuse(Context ctx) {
    ctx.header("WWW-Authenticate", "Bearer");
    ctx.status(401)
        .html(
            pages.refusal(
                "Log in to see the learning office",
                "The dashboard needs the office access token: log in, or send it as a bearer"
                    + " token.",
                LoginReturn.of(ctx)));
  }

  private void dashboard(Context ctx) {
    PAGE.apply(ctx);
    if (!access.allows(ctx)) {
      refuse(ctx);
      return;
    }
    OfficeFilter filter;
    try {
      filter = OfficeFilter.parse(ctx::queryParam);
    } catch (HttpError e) {
      ctx.status(e.status()).html(pages.problem("These filters cannot be applied", e.getMessage()));
      return;
    }
    OfficeDashboard.OfficeView view = dashboard.view(filter);
    ctx.html(pages.dashboard(view, yearAgo.pick(view.week())));
  }
}
