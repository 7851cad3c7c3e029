package org.learningoffice.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.learningoffice.web.Cookie;
import org.learningoffice.web.RequestOrigin;
import org.learningoffice.web.RouteContributor;

/**
 * {@code GET /office/login} (one password field) and {@code POST /office/login}: the office access
 * token, compared in constant time, buys an HttpOnly, SameSite=Strict session cookie for {@code
 * /office} and a 303 back to the office page that sent the lead to log in ({@link LoginReturn}),
 * else to {@code /office}; the login page sends a lead who has a session straight there. A wrong
 * token is a 401 page without a cookie, a POST from another site a 403, and more attempts than
 * {@link LoginThrottle} allows a 429 with {@code Retry-After}. {@code POST /office/logout} ends the
 * session on the server (a copy of the cookie is refused from then on), clears the cookie and sends
 * the browser to the login page; from another site, a 403.
 */
public final class OfficeLoginRoutes implements RouteContributor {
  private static final Cookie SESSION =
      new Cookie(OfficeSessions.COOKIE, "/office", "Strict", Optional.of(OfficeSessions.LIFETIME));

  /** The same cookie, emptied and expired at once. */
  private static final Cookie CLEARED =
      new Cookie(OfficeSessions.COOKIE, "/office", "Strict", Optional.of(Duration.ZERO));

  private static final String TOKEN_FIELD = "token";
  private static final String NEXT_FIELD = "next";

  private final ApiAccess token;
  private final OfficeSessions sessions;
  private final SameOrigin sameOrigin;
  private final OfficePages pages;
  private final LoginThrottle throttle;

  @Inject
  OfficeLoginRoutes(
      ApiAccess token,
      OfficeSessions sessions,
      SameOrigin sameOrigin,
      OfficePages pages,
      LoginThrottle throttle) {
    this.throttle = throttle;
    this.token = token;
    this.sessions = sessions;
    this.sameOrigin = sameOrigin;
    this.pages = pages;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/office/login", this::form);
    routes.post("/office/login", this::login);
    routes.post("/office/logout", this::logout);
  }

  private void logout(Context ctx) {
    OfficeRoutes.PAGE.apply(ctx);
    if (!sameOrigin.accepts(ctx)) {
      ctx.status(403)
          .html(pages.refusal("Logout refused", "The logout form was sent from another site."));
      return;
    }
    sessions.end(ctx.cookie(OfficeSessions.COOKIE));
    CLEARED.set(ctx, "");
    ctx.status(303).header("Location", "/office/login");
  }

  private void form(Context ctx) {
    OfficeRoutes.PAGE.apply(ctx);
    LoginReturn next = LoginReturn.parse(ctx.queryParam(NEXT_FIELD));
    if (sessions.valid(ctx.cookie(OfficeSessions.COOKIE))) {
      // logged in already: a link from another site (web mail, Slack) came without the Strict
      // cookie and was refused; from the refusal's "Log in" the browser sends it
      ctx.status(303).header("Location", next.path());
      return;
    }
    ctx.html(pages.login("", next));
  }

  private void login(Context ctx) {
    OfficeRoutes.PAGE.apply(ctx);
    if (!sameOrigin.accepts(ctx)) {
      ctx.status(403)
          .html(pages.refusal("Login refused", "The login form was sent from another site."));
      return;
    }
    LoginReturn next = LoginReturn.parse(ctx.formParam(NEXT_FIELD));
    Optional<Duration> wait = throttle.attempt(RequestOrigin.client(ctx));
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      ctx.status(429)
          .header("Retry-After", String.valueOf(seconds))
          .html(
              pages.refusal(
                  "Too many login attempts",
                  "Wait " + seconds + " seconds, then try again with the office access token.",
                  next));
      return;
    }
    String given = ctx.formParam(TOKEN_FIELD);
    if (given == null || !token.matches(given.strip())) {
      ctx.status(401).html(pages.login("That is not the office access token.", next));
      return;
    }
    // matches() is false without a configured token, so there is a key to sign with
    String session = sessions.open().orElseThrow();
    SESSION.set(ctx, session);
    ctx.status(303).header("Location", next.path());
  }
}
