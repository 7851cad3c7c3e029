package org.learningoffice.web;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;

/**
 * {@code GET /metrics}: every meter in Prometheus text format (JVM, HTTP requests, queue depths and
 * what features add). It holds counts and timings only, never user text.
 */
public final class MetricsRoutes implements RouteContributor {
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  @Inject
  public MetricsRoutes(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(registry.scrape()));
  }
}
