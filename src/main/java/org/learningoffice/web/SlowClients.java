package org.learningoffice.web;

import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;

/**
 * How long Jetty waits on a client: a request body must arrive at {@link #MIN_BYTES_PER_SECOND} at
 * least (measured from its first byte), and a client that sends nothing for {@link #IDLE} is cut
 * off. Without them a few clients trickling bodies a byte at a time (slowloris) hold a server
 * thread each for as long as they like.
 */
final class SlowClients {
  /** Far below any real link (a phone on a poor 3G link sends tens of KB a second). */
  static final long MIN_BYTES_PER_SECOND = 1024;

  /** A client silent this long, in the head or the body, is cut off. */
  static final Duration IDLE = Duration.ofSeconds(30);

  private SlowClients() {}

  static void limit(HttpConfiguration http) {
    http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
    http.setIdleTimeout(IDLE.toMillis());
  }

  /** The reason given to a client whose body came too slowly (408). */
  static String tooSlow() {
    return "the request body came too slowly (under " + MIN_BYTES_PER_SECOND + " bytes a second)";
  }
}
