package org.learningoffice.jira;

/**
 * The TLS handshake with Jira failed, so the call never reached it: the certificate Jira's address
 * shows is not trusted by this machine's Java (self-signed, an unknown company CA, expired, issued
 * for another name), or the two sides share no TLS version or cipher. Sending again cannot help
 * until the trust store or {@code jira.baseUrl} changes, so it is not retried. The message names
 * the host and what to do; it holds no credentials.
 */
public final class JiraTlsException extends JiraException {
  private static final long serialVersionUID = 1L;

  private final String host;

  JiraTlsException(
      String method, String path, String host, boolean untrusted, String problem, Throwable cause) {
    super(describe(method, path, host, untrusted, problem), 0, method, path, cause);
    this.host = host;
  }

  /** The host whose handshake failed. */
  public String host() {
    return host;
  }

  private static String describe(
      String method, String path, String host, boolean untrusted, String problem) {
    String call = " (" + method + " " + path + ")";
    if (untrusted) {
      return "the TLS certificate of "
          + host
          + " is not trusted by this machine's Java: "
          + problem
          + call
          + "; add the certificate of the CA that issued it to Java's trust store (or run with"
          + " -Djavax.net.ssl.trustStore=…), or set jira.baseUrl to the name the certificate is"
          + " for";
    }
    return "the TLS handshake with "
        + host
        + " failed: "
        + problem
        + call
        + "; check that jira.baseUrl is Jira's HTTPS address and that its TLS versions suit"
        + " this Java";
  }
}
