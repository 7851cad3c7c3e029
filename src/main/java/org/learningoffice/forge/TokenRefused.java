package org.learningoffice.forge;

/** A Forge call without a valid invocation token for this app and this Jira; answered 401. */
final class TokenRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TokenRefused(String reason) {
    super(reason);
  }
}
