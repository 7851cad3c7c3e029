package org.learningoffice.office;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.web.RequestOrigin;

/**
 * CSRF guard for a form POST. A browser that sends {@code Sec-Fetch-Site} is believed: only {@code
 * same-origin} (or {@code none}, typed by the user) passes. Older browsers send {@code Origin}
 * instead, which must name this site: the public base URL or the scheme and host the request came
 * to, as {@link RequestOrigin} saw them ({@code null}, sent under some referrer policies, does
 * not). A request with neither header does not come from a browser and carries no CSRF risk.
 */
public final class SameOrigin {
  private final String publicOrigin;

  @Inject
  SameOrigin(ServerConfig server) {
    this(server.publicBaseUrl());
  }

  public SameOrigin(URI publicBaseUrl) {
    this.publicOrigin = origin(publicBaseUrl.getScheme(), publicBaseUrl.getAuthority());
  }

  /** Whether a form POST comes from this site (see the class comment). */
  public boolean accepts(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return true;
    }
    String given = origin.strip().toLowerCase(Locale.ROOT);
    String scheme = RequestOrigin.isHttps(ctx) ? "https" : "http";
    return given.equals(publicOrigin)
        || RequestOrigin.host(ctx).map(host -> given.equals(origin(scheme, host))).orElse(false);
  }

  private static String origin(String scheme, String authority) {
    return (scheme == null ? "" : scheme + "://" + authority).toLowerCase(Locale.ROOT);
  }
}
