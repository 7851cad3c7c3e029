package org.learningoffice.lifecycle;

/**
 * A {@link BackgroundService} that is one {@link Repeating} loop: started once, stopped any number
 * of times.
 */
public final class RepeatingService implements BackgroundService {
  private final Repeating loop;
  private Repeating.Running running;

  public RepeatingService(Repeating loop) {
    this.loop = loop;
  }

  @Override
  public String name() {
    return loop.name();
  }

  @Override
  public synchronized void start() {
    if (running != null) {
      throw new IllegalStateException(loop.name() + " is already running");
    }
    running = loop.start();
  }

  @Override
  public void stop() {
    Repeating.Running stopping;
    synchronized (this) {
      stopping = running;
      running = null;
    }
    if (stopping != null) {
      stopping.stop();
    }
  }
}
