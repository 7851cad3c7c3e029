package org.learningoffice.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Absolute http(s) URLs in the configuration, and what is wrong with one that is not, said without
 * the user name or password it may hold.
 */
final class HttpUrls {
  private HttpUrls() {}

  /** The URL without a trailing slash; empty when it is not an absolute http(s) URL. */
  static Optional<URI> parse(String value) {
    try {
      URI uri = new URI(withoutTrailingSlash(value));
      String scheme = uri.getScheme();
      if (uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // described by problem()
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a value {@link #parse} refused, e.g. {@code is not an absolute http(s) URL:
   * illegal character in authority}; never quotes the value.
   */
  static String problem(String value) {
    String problem = "is not an absolute http(s) URL";
    try {
      URI uri = new URI(withoutTrailingSlash(value));
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() == null) {
        return problem + ": it has no valid host name";
      }
      return problem;
    } catch (URISyntaxException e) {
      // the reason without the input, which URISyntaxException's message quotes
      String reason = e.getReason();
      return reason == null || reason.isBlank()
          ? problem
          : problem + ": " + reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
  }

  /**
   * The value with anything that may be a user name or password masked: everything between the
   * scheme's {@code //} (or the start) and the last {@code @}, e.g. {@code https://****@host}. Also
   * for a value no parser accepts, whose parts cannot be told apart.
   */
  static String withoutUserInfo(String value) {
    int at = value.lastIndexOf('@');
    if (at < 0) {
      return value;
    }
    int slashes = value.indexOf("//");
    int start = slashes >= 0 && slashes < at ? slashes + 2 : 0;
    return value.substring(0, start) + "****" + value.substring(at);
  }

  private static String withoutTrailingSlash(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
