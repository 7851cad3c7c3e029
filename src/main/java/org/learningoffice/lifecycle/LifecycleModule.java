package org.learningoffice.lifecycle;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * Declares the set of background services, so that it exists even when no feature adds one, and the
 * one stop signal they share.
 */
public final class LifecycleModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), BackgroundService.class);
    bind(StopSignal.class).in(Singleton.class);
  }
}
