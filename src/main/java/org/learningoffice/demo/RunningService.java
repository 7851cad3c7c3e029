package org.learningoffice.demo;

/** The real service as the demo drives it: its components by type, and a way to stop it. */
public interface RunningService extends AutoCloseable {
  /** The component of this type the running service is wired with. */
  <T> T get(Class<T> type);

  /** Stops the service; safe to call again. */
  @Override
  void close();
}
