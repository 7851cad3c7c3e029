package org.learningoffice.web;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;

/**
 * A request whose body Jetty or Javalin could not read as a form (a multipart body without its
 * boundary, with garbage, or over Jetty's form limit; a charset Java does not know): the client's
 * fault, answered 4xx like any other bad request rather than as a server error with a stack trace
 * in the log.
 */
final class UnreadableRequest {
  private UnreadableRequest() {}

  /** The status to answer when {@code failure} is such a request; empty for a real failure. */
  static Optional<Integer> status(Throwable failure) {
    if (failure instanceof UnsupportedCharsetException
        || failure instanceof IllegalCharsetNameException) {
      return Optional.of(400);
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return Optional.of(http.getCode());
      }
    }
    return Optional.empty();
  }
}
