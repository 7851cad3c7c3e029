package org.learningoffice.digest;

import io.javalin.http.Context;

/**
 * Who may see the office dashboard: a request with the API's bearer token ({@link ApiAccess}) or
 * with a valid session cookie from the login form ({@link OfficeSessions}).
 */
final class OfficeAccess {
  private final ApiAccess api;
  private final OfficeSessions sessions;

  OfficeAccess(ApiAccess api, OfficeSessions sessions) {
    this.api = api;
    this.sessions = sessions;
  }

  boolean allows(Context ctx) {
    return api.carriesToken(ctx) || sessions.valid(ctx.cookie(OfficeSessions.COOKIE));
  }
}
