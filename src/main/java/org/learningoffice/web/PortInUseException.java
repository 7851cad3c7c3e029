package org.learningoffice.web;

/** The configured HTTP port is taken; the message says which and what to do. */
public final class PortInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PortInUseException(int port, Throwable cause) {
    super(
        "server.port "
            + port
            + " is already in use (another Learning Office or another program); stop it or set"
            + " server.port",
        cause);
  }
}
