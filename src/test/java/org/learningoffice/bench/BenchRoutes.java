package org.learningoffice.bench;

import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.learningoffice.store.Database;
import org.learningoffice.web.RouteContributor;

/**
 * Routes that exist only in the intake benchmark's server, never in production: {@code POST
 * /bench/noop} reads the body and answers 202 like the webhook does, but stores nothing (the
 * baseline: what HTTP alone costs on this server); {@code GET /bench/inbox} counts inbox rows and
 * distinct dedupe keys, to prove every unique event was stored exactly once; {@code GET /bench/jit}
 * gives the milliseconds the JIT compilers have spent so far, so the benchmark can warm up until
 * compiling no longer competes with the requests it measures.
 */
final class BenchRoutes implements RouteContributor {
  private final Database database;

  @Inject
  BenchRoutes(Database database) {
    this.database = database;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.post(
        "/bench/noop",
        ctx -> ctx.status(202).json(Map.of("accepted", ctx.bodyAsBytes().length > 0)));
    routes.get(
        "/bench/inbox",
        ctx ->
            ctx.json(
                database
                    .jdbi()
                    .withHandle(
                        h ->
                            h.createQuery(
                                    "SELECT COUNT(*) AS rows_stored, COUNT(DISTINCT dedupe_key)"
                                        + " AS distinct_keys FROM inbox")
                                .mapToMap()
                                .one())));
    routes.get(
        "/bench/jit",
        ctx ->
            ctx.json(
                Map.of(
                    "compilation_millis",
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime())));
  }
}
