package org.learningoffice.lifecycle;

/**
 * Work that runs in the background while the service is up: the inbox worker, the poller, the
 * outbox worker, the digest scheduler. Features register theirs with {@code
 * Multibinder.newSetBinder(binder(), BackgroundService.class).addBinding()}; the application starts
 * them after the HTTP server, in binding order, and stops them in reverse order.
 */
public interface BackgroundService {
  /** A short name for logs, such as {@code inbox-worker}. */
  String name();

  /** Starts the work on threads of its own and returns; called once. */
  void start();

  /** Stops after the work in hand, waiting a bounded time for it; safe to call when not started. */
  void stop();
}
