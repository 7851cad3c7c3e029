package org.learningoffice.lifecycle;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** Declares the set of background services, so that it exists even when no feature adds one. */
public final class LifecycleModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), BackgroundService.class);
  }
}
