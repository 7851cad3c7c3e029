package org.learningoffice.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.learningoffice.capture.CaptureFormModule;
import org.learningoffice.classify.ServingClassifyModule;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigModule;
import org.learningoffice.demo.RunningService;
import org.learningoffice.digest.DigestModule;
import org.learningoffice.digest.delivery.DeliveryModule;
import org.learningoffice.jira.JiraModule;
import org.learningoffice.lesson.LessonModule;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.LifecycleModule;
import org.learningoffice.office.OfficeModule;
import org.learningoffice.order.OrderModule;
import org.learningoffice.outbox.OutboxModule;
import org.learningoffice.store.Database;
import org.learningoffice.store.StoreModule;
import org.learningoffice.web.WebModule;
import org.learningoffice.web.WebServer;
import org.learningoffice.writeback.WriteBackModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole service, wired by every feature's Guice module from one configuration: what {@code
 * serve} runs and {@code demo} drives. {@link #start()} migrates the database, opens the HTTP
 * server and starts each {@link BackgroundService}; {@link #close()} stops them in reverse order.
 */
public final class Application implements RunningService {
  private static final Logger log = LoggerFactory.getLogger(Application.class);

  private final Injector injector;
  private final Deque<Runnable> stops = new ArrayDeque<>();

  private Application(Injector injector) {
    this.injector = injector;
  }

  /**
   * Wires the application; {@code overrides} replace bindings, as tests and {@code demo} do for the
   * database or the clock. Nothing starts yet.
   */
  public static Application create(AppConfig config, Clock clock, Module... overrides) {
    Module all =
        Modules.combine(
            new CoreModule(clock),
            new ConfigModule(config),
            new StoreModule(),
            new JiraSiteModule(),
            new JiraModule(),
            new WebModule(),
            new LifecycleModule(),
            new OrderModule(),
            new LessonModule(),
            new ServingClassifyModule(config.classify()),
            new CaptureFormModule(),
            new OutboxModule(),
            new WriteBackModule(),
            new DigestModule(),
            new DeliveryModule(),
            new OfficeModule());
    return new Application(Guice.createInjector(Modules.override(all).with(overrides)));
  }

  /** Migrates the database, then starts the HTTP server and every background service. */
  public synchronized Application start() {
    if (!stops.isEmpty()) {
      throw new IllegalStateException("the application is already running");
    }
    Database database = get(Database.class);
    stops.push(database::close);
    WebServer server = get(WebServer.class);
    server.start();
    stops.push(server::stop);
    for (BackgroundService service : services()) {
      service.start();
      stops.push(service::stop);
      log.info("Started {}", service.name());
    }
    return this;
  }

  /** The port the HTTP server listens on, once started. */
  public int port() {
    return get(WebServer.class).port();
  }

  @Override
  public <T> T get(Class<T> type) {
    return injector.getInstance(type);
  }

  private List<BackgroundService> services() {
    Set<BackgroundService> services =
        injector.getInstance(Key.get(new TypeLiteral<Set<BackgroundService>>() {}));
    return List.copyOf(services);
  }

  /** Stops the background services and the HTTP server, in reverse order of starting. */
  @Override
  public synchronized void close() {
    while (!stops.isEmpty()) {
      try {
        stops.pop().run();
      } catch (RuntimeException e) {
        log.warn("Stopping failed: {}", e.getMessage());
      }
    }
  }
}
