package org.learningoffice.capture;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.List;
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
    bind(IssuePanel.class).in(Singleton.class);
    bind(LessonRecorder.class).in(Singleton.class);
    bind(OrderAccess.class).in(Singleton.class);
    bind(FormTokenSigner.class).in(Singleton.class);
    bind(CsrfTokens.class).in(Singleton.class);
    bind(CapturePages.class).in(Singleton.class);
    // feed forward sets the real one; without it the form offers no earlier lessons
    OptionalBinder.newOptionalBinder(binder(), OrderRelatedLessons.class)
        .setDefault()
        .toInstance(orderId -> List.of());
  }
}
