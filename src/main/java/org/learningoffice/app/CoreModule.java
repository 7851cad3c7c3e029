package org.learningoffice.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;

/** What every feature shares: the clock and the one JSON mapper. */
final class CoreModule extends AbstractModule {
  private final Clock clock;

  CoreModule(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void configure() {
    binder().disableCircularProxies();
    bind(Clock.class).toInstance(clock);
  }

  @Provides
  @Singleton
  ObjectMapper objectMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
