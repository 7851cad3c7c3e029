package org.learningoffice.forge;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.learningoffice.web.HttpError;

/**
 * Who is calling {@code /forge/...}: the verified invocation token, or 401 with the reason. The app
 * system token sent with a verified call is kept for the service's own calls to Jira.
 */
final class ForgeCaller {
  private final InvocationTokenVerifier verifier;
  private final ForgeSystemToken systemToken;

  @Inject
  ForgeCaller(InvocationTokenVerifier verifier, ForgeSystemToken systemToken) {
    this.verifier = verifier;
    this.systemToken = systemToken;
  }

  InvocationToken verify(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    InvocationToken token;
    try {
      token = verifier.verify(Optional.ofNullable(ctx.header("Authorization")));
    } catch (TokenRefused e) {
      throw HttpError.unauthorized(e.getMessage());
    }
    systemToken.offer(token.apiBaseUrl(), Optional.ofNullable(ctx.header(ForgeSystemToken.HEADER)));
    return token;
  }

  /**
   * A call from the issue view: besides the token, the user who made it and the issue it is open
   * on, both from the signed token rather than from the request (they replace the form link and its
   * CSRF check).
   */
  PanelCall panelCall(Context ctx) {
    InvocationToken token = verify(ctx);
    String accountId =
        token
            .accountId()
            .orElseThrow(() -> HttpError.unauthorized("the token names no user (principal)"));
    String issueId =
        token
            .issueId()
            .orElseThrow(
                () -> HttpError.badRequest("the token names no issue: call from the issue view"));
    return new PanelCall(accountId, issueId);
  }

  /**
   * A call from the app's issue-event trigger: a verified token that names no issue of the issue
   * view. The issue view's frontend chooses the paths its calls go to, so a Jira user who can open
   * the panel could otherwise send events of their own making (a status, a date far ahead) with
   * their valid token; 403 for such a call. (Only the issue view is checked, not the user: whether
   * a trigger's token names the user whose change it reports is Forge's to say.)
   */
  void eventCall(Context ctx) {
    if (verify(ctx).issueId().isPresent()) {
      throw new HttpError(
          403,
          "issue events come from the app's trigger; this token is a call from the issue view");
    }
  }

  /** A verified call from the issue view. */
  record PanelCall(String accountId, String issueId) {}
}
