package org.learningoffice.office;

import io.javalin.http.Context;
import jakarta.inject.Inject;

/**
 * Who may see the office dashboard: a request with the API's bearer token ({@link ApiAccess}) or
 * with a valid session cookie from the login form ({@link OfficeSessions}).
 */
public final class OfficeAccess {
  private final ApiAccess api;
  private final OfficeSessions sessions;

  @Inject
  public OfficeAccess(ApiAccess api, OfficeSessions sessions) {
    this.api = api;
    this.sessions = sessions;
  }

  /** Whether the request carries the bearer token or a valid office session. */
  public boolean allows(Context ctx) {
    return api.carriesToken(ctx) || sessions.valid(ctx.cookie(OfficeSessions.COOKIE));
  }
}
