package org.learningoffice.classify;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds the real classifier wiring for tests, with a fixed clock and in-memory edges. */
final class Classifiers {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private Classifiers() {}

  /** The fixed clock at {@link #NOW}. */
  static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  static Injector injector(ClassifySettings settings) {
    return Guice.createInjector(
        new ClassifyModule(settings),
        new InMemoryClassifyEdgesModule(),
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
          }
        });
  }
}
