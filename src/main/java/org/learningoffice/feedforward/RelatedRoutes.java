package org.learningoffice.feedforward;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.web.Cookie;
import org.learningoffice.web.PagePolicy;
import org.learningoffice.web.RouteContributor;

/**
 * The related-lessons page's HTTP face: {@code GET /related/{token}} (each lesson in full with its
 * vote buttons) and {@code POST /related/{token}} (a vote; 303 back to the page, {@code
 * ?voted=<lesson>} focusing the button chosen, 403 on a bad link or CSRF, 422 on an unknown lesson
 * or vote). Handlers parse, call {@link RelatedPage}, render.
 */
final class RelatedRoutes implements RouteContributor {
  /** The link's token is a capability: no referrer carries it away; nothing framed or cached. */
  private static final PagePolicy PAGE =
      new PagePolicy(
          "no-referrer",
          "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
              + " frame-ancestors 'none'; base-uri 'none'");

  private static final String NOT_RECORDED = "This vote was not recorded";

  static final String COOKIE_NAME = "lo_related";
  private static final Cookie BROWSER_KEY =
      new Cookie(COOKIE_NAME, "/related", "Lax", Optional.empty());

  private final RelatedPage page;
  private final RelatedPages pages;

  @Inject
  RelatedRoutes(RelatedPage page, RelatedPages pages) {
    this.page = page;
    this.pages = pages;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/related/{token}", this::show);
    routes.post("/related/{token}", this::vote);
  }

  private void show(Context ctx) {
    PAGE.apply(ctx);
    try {
      ctx.html(
          pages.page(
              page.open(ctx.pathParam("token"), browserKey(ctx)),
              Objects.requireNonNullElse(ctx.queryParam("voted"), "")));
    } catch (RelatedLinkRefused e) {
      refused(ctx, "This page cannot be opened", e);
    }
  }

  private void vote(Context ctx) {
    PAGE.apply(ctx);
    String token = ctx.pathParam("token");
    try {
      page.vote(
          token,
          ctx.cookie(COOKIE_NAME),
          new RelatedPage.VoteForm(
              field(ctx, "lesson"), field(ctx, "vote"), field(ctx, "csrf"), field(ctx, "nonce")));
      // no #fragment: a browser skips autofocus on a page opened at one
      ctx.redirect(
          "/related/" + token + "?voted=" + URLEncoder.encode(field(ctx, "lesson"), UTF_8),
          HttpStatus.SEE_OTHER);
    } catch (RelatedLinkRefused e) {
      refused(ctx, NOT_RECORDED, e);
    } catch (IllegalArgumentException e) {
      ctx.status(422).html(pages.problem(NOT_RECORDED, e.getMessage()));
    }
  }

  private static String field(Context ctx, String name) {
    return Objects.requireNonNullElse(ctx.formParam(name), "");
  }

  private void refused(Context ctx, String heading, RelatedLinkRefused e) {
    ctx.status(403).html(pages.problem(heading, e.getMessage()));
  }

  /** The browser's CSRF key from its cookie, or a new one set now. */
  private String browserKey(Context ctx) {
    Optional<String> key = BROWSER_KEY.value(ctx).filter(k -> k.matches("[A-Za-z0-9_-]{24}"));
    if (key.isPresent()) {
      return key.get();
    }
    String fresh = page.newBrowserKey();
    BROWSER_KEY.set(ctx, fresh);
    return fresh;
  }
}
