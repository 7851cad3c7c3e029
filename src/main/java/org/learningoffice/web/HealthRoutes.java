package org.learningoffice.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningoffice.config.HealthConfig;

/**
 * {@code GET /health}: every bound {@link HealthCheck}. Answers 200 when the worst status is UP or
 * DEGRADED (the service still takes webhooks) and 503 when one is DOWN, with the details as JSON:
 * {@code {"status": "DEGRADED", "checks": {"database": {"status": "UP", "reachable": true},
 * "inbox": {"status": "DEGRADED", "PARKED": 1, ...}}}}.
 */
public final class HealthRoutes implements RouteContributor {
  private final List<HealthCheck> checks;

  /** The bound checks, and one for each queue table. */
  @Inject
  HealthRoutes(Set<HealthCheck> checks, Set<QueueTable> queues, HealthConfig config, Clock clock) {
    this(
        Stream.concat(
                checks.stream(),
                queues.stream()
                    .map(q -> (HealthCheck) new QueueHealthCheck(q, config.maxQueueAge(), clock)))
            .collect(Collectors.toSet()));
  }

  public HealthRoutes(Set<HealthCheck> checks) {
    this.checks = checks.stream().sorted(Comparator.comparing(HealthCheck::name)).toList();
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    HealthCheck.Status worst = HealthCheck.Status.UP;
    Map<String, Object> details = new LinkedHashMap<>();
    for (HealthCheck check : checks) {
      HealthCheck.Result result = check.check();
      if (result.status().compareTo(worst) > 0) {
        worst = result.status();
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("status", result.status().name());
      entry.putAll(result.details());
      details.put(check.name(), entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", worst.name());
    body.put("checks", details);
    ctx.status(worst == HealthCheck.Status.DOWN ? 503 : 200).json(body);
  }
}
