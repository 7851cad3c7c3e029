package org.learningoffice.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.learningoffice.action.ActionsModule;
import org.learningoffice.action.digest.ActionsDigestModule;
import org.learningoffice.action.office.ActionsOfficeModule;
import org.learningoffice.capture.CaptureFormModule;
import org.learningoffice.classify.ServingClassifyModule;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigModule;
import org.learningoffice.demo.RunningService;
import org.learningoffice.digest.DigestModule;
import org.learningoffice.digest.delivery.DeliveryModule;
import org.learningoffice.feedforward.FeedForwardModule;
import org.learningoffice.forge.ForgeModule;
import org.learningoffice.jira.JiraModule;
import org.learningoffice.lesson.LessonModule;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.LifecycleModule;
import org.learningoffice.lifecycle.StopSignal;
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

  /** Longest wait for the background services when stopping (SIGTERM exits within 5 s). */
  static final Duration STOP_DEADLINE = Duration.ofSeconds(3);

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
            new ActionsModule(),
            new ActionsDigestModule(),
            new ActionsOfficeModule(),
            new DigestModule(),
            new DeliveryModule(),
            new OrderIntakeModule(),
            new OfficeModule(),
            new ForgeModule(),
            new FeedForwardModule());
    return new Application(Guice.createInjector(Modules.override(all).with(overrides)));
  }

  /** Migrates the database, then starts the HTTP server and every background service. */
  public synchronized Application start() {
    List<BackgroundService> services = openStoreAndHttp();
    List<BackgroundService> started = new ArrayList<>();
    stops.push(() -> stopAll(started));
    for (BackgroundService service : services) {
      service.start();
      started.add(service);
      log.info("Started {}", service.name());
    }
    return this;
  }

  /**
   * What {@link #start()} does, except that no background service starts: each is built (so its
   * classes load) but none claims work or calls Jira. {@code serve --warm-up} runs this to record
   * the classes a start loads.
   */
  public synchronized Application startIdle() {
    List<BackgroundService> services = openStoreAndHttp();
    log.info("Started without running {} background service(s)", services.size());
    return this;
  }

  /** Migrates the database and opens the HTTP server; returns the background services, built. */
  private List<BackgroundService> openStoreAndHttp() {
    if (!stops.isEmpty()) {
      throw new IllegalStateException("the application is already running");
    }
    Database database = get(Database.class);
    stops.push(database::close);
    WebServer server = get(WebServer.class);
    server.start();
    stops.push(server::stop);
    return services();
  }

  /**
   * Stops the background services together, within {@link #STOP_DEADLINE} however much is queued:
   * the stop signal makes each finish the item in hand and take no more, and a service still busy
   * at the deadline is left to end with the process (what it claimed goes back when its lease
   * expires; the inbox and outbox lose nothing).
   */
  private void stopAll(List<BackgroundService> services) {
    get(StopSignal.class).raise();
    ExecutorService stopping =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "stopping");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (BackgroundService service : services) {
        tasks.add(
            () -> {
              service.stop();
              return null;
            });
      }
      for (Future<Void> stop :
          stopping.invokeAll(tasks, STOP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
        if (stop.isCancelled()) {
          log.warn("A background service was still busy after {}; leaving it", STOP_DEADLINE);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stopping.shutdownNow();
    }
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
    if (!stops.isEmpty()) {
      log.info("Stopping");
    }
    while (!stops.isEmpty()) {
      try {
        stops.pop().run();
      } catch (RuntimeException e) {
        log.warn("Stopping failed: {}", e.getMessage());
      }
    }
  }
}
