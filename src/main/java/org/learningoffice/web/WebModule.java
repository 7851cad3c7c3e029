package org.learningoffice.web;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Set;

/**
 * Binds the HTTP server, the health endpoint and {@code /metrics}. Other features add routes with
 * {@code Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding()} and health checks
 * the same way with {@link HealthCheck}. Nothing starts here: the application starts the {@link
 * WebServer} after the injector is built.
 */
public final class WebModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder<RouteContributor> routes =
        Multibinder.newSetBinder(binder(), RouteContributor.class);
    routes.addBinding().to(HealthRoutes.class);
    routes.addBinding().to(MetricsRoutes.class);
    routes.addBinding().to(HomeRoutes.class);
    bind(HomeLinks.class).toInstance(HomeLinks.NONE);
    bind(MeterRegistry.class).to(PrometheusMeterRegistry.class);
    Multibinder<HealthCheck> checks = Multibinder.newSetBinder(binder(), HealthCheck.class);
    checks.addBinding().to(DatabaseHealthCheck.class);
    Multibinder.newSetBinder(binder(), QueueTable.class);
    bind(WebServer.class).in(Singleton.class);
    bind(RequestBody.class).in(Singleton.class);
  }

  /** One registry per application, with the JVM's meters and the queue depths bound. */
  @Provides
  @Singleton
  PrometheusMeterRegistry meterRegistry(Set<QueueTable> queues, Clock clock) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    for (QueueTable queue : queues) {
      QueueDepthMetrics.register(registry, queue, clock);
    }
    return registry;
  }
}
