package org.learningoffice.web;

import io.javalin.config.RoutesConfig;

/**
 * A feature's HTTP routes. Each feature binds its own contributor into the Guice set; the {@link
 * WebServer} adds them all when it is built.
 */
public interface RouteContributor {
  /** Adds this feature's routes; handlers stay thin: parse, call one service method, respond. */
  void addRoutes(RoutesConfig routes);
}
