package org.learningoffice.demo;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.learningoffice.config.AppConfig;

/**
 * Starts the real service from a configuration. The app supplies it, so that the demo drives the
 * service without depending on the app that wires it.
 */
@FunctionalInterface
public interface ServiceStarter {
  /**
   * Starts the whole service on {@code config}; it runs until the result is closed. Its home page
   * ({@code GET /}) lists {@code homeLinks} (label to URL), the sandbox's tickets.
   */
  RunningService start(AppConfig config, Clock clock, Map<String, URI> homeLinks);
}
