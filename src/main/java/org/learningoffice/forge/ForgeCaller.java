package org.learningoffice.forge;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.learningoffice.web.HttpError;

/** Who is calling {@code /forge/...}: the verified invocation token, or 401 with the reason. */
final class ForgeCaller {
  private final InvocationTokenVerifier verifier;

  @Inject
  ForgeCaller(InvocationTokenVerifier verifier) {
    this.verifier = verifier;
  }

  InvocationToken verify(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    try {
      return verifier.verify(Optional.ofNullable(ctx.header("Authorization")));
    } catch (TokenRefused e) {
      throw HttpError.unauthorized(e.getMessage());
    }
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

  /** A verified call from the issue view. */
  record PanelCall(String accountId, String issueId) {}
}
