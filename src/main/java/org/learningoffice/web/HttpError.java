package org.learningoffice.web;

/**
 * A request that cannot be served, with the status and the one-line reason the client sees as
 * {@code {"error": "..."}}. The reason must never contain secrets or request bodies.
 */
public final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public HttpError(int status, String reason) {
    super(reason);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static HttpError badRequest(String reason) {
    return new HttpError(400, reason);
  }

  public static HttpError unauthorized(String reason) {
    return new HttpError(401, reason);
  }

  public static HttpError tooLarge(long maxBytes) {
    return new HttpError(413, "request body larger than " + maxBytes + " bytes");
  }
}
