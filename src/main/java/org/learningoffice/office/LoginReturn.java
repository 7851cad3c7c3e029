package org.learningoffice.office;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where a login sends the lead: the office page that refused them ({@code /office?week=2026-W48}
 * from the digest's link, a preview, an export), carried as {@code next} through the login page and
 * form. Only a page of the office itself is taken, never another site, the login or the logout;
 * anything else is the dashboard.
 */
record LoginReturn(String path) {
  static final LoginReturn DASHBOARD = new LoginReturn("/office");

  private static final int MAX_LENGTH = 2000;
  private static final Set<String> NOT_A_RETURN = Set.of("/office/login", "/office/logout");

  /** The page a request asked for, path and query as sent. */
  static LoginReturn of(Context ctx) {
    String query = ctx.queryString();
    return parse(ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query));
  }

  /**
   * The {@code next} a login was given, or the dashboard when it is absent or not an office page.
   */
  static LoginReturn parse(String next) {
    if (next == null || next.length() > MAX_LENGTH || !visibleAscii(next)) {
      return DASHBOARD;
    }
    int query = next.indexOf('?');
    String page = query < 0 ? next : next.substring(0, query);
    boolean office = page.equals("/office") || page.startsWith("/office/");
    // no dot segments: a browser would resolve "/office/../x" to another page of the site
    boolean dots = page.contains("..") || page.toLowerCase(Locale.ROOT).contains("%2e");
    return office && !dots && !NOT_A_RETURN.contains(page) ? new LoginReturn(next) : DASHBOARD;
  }

  /**
   * The login page that comes back here: {@code /office/login?next=...}, or plain for the
   * dashboard.
   */
  String loginUrl() {
    return equals(DASHBOARD)
        ? "/office/login"
        : "/office/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  /** The login form's hidden {@code next} value: empty for the dashboard. */
  String field() {
    return equals(DASHBOARD) ? "" : path;
  }

  private static boolean visibleAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c > '~' || c == '\\') {
        return false;
      }
    }
    return !text.isEmpty();
  }
}
