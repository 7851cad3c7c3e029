package org.learningoffice.capture;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.security.SecureRandom;
import java.time.Clock;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.web.RouteContributor;

/**
 * Binds the lesson-capture form: its routes, the service behind them, CSRF and the pages. Needs the
 * order, lesson, store and serving classifier bindings from their modules.
 */
public final class CaptureFormModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(CaptureRoutes.class);
    bind(LessonCapture.class).in(Singleton.class);
    bind(LessonRecorder.class).in(Singleton.class);
    bind(OrderAccess.class).in(Singleton.class);
  }

  @Provides
  @Singleton
  FormTokenSigner formTokenSigner(CaptureConfig config, Clock clock) {
    return new FormTokenSigner(config, clock);
  }

  @Provides
  @Singleton
  CsrfTokens csrfTokens(CaptureConfig config) {
    return new CsrfTokens(config, new SecureRandom());
  }

  @Provides
  @Singleton
  CapturePages capturePages() {
    return new CapturePages();
  }
}
