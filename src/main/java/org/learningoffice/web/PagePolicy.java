package org.learningoffice.web;

import io.javalin.http.Context;

/**
 * The security headers of a server-rendered page: nothing cached, no content sniffing, and the
 * page's own referrer policy and Content-Security-Policy (each forbids framing).
 */
public record PagePolicy(String referrerPolicy, String contentSecurityPolicy) {

  /** Sets the headers on the answer. */
  public void apply(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", referrerPolicy);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", contentSecurityPolicy);
  }
}
