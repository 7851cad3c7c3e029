package org.learningoffice.office;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.learningoffice.lesson.LessonExport;
import org.learningoffice.lesson.LessonFigures;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.web.RouteContributor;

/**
 * Binds the learning office: the {@code /office} dashboard, its login and sessions, the JSON API,
 * and the lesson search and export behind them.
 */
public final class OfficeModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(LessonSearch.class).in(Singleton.class);
    bind(LessonFigures.class).in(Singleton.class);
    bind(LessonExport.class).in(Singleton.class);
    bind(ApiAccess.class).in(Singleton.class);
    bind(OfficeSessions.class).in(Singleton.class);
    bind(EndedSessions.class).in(Singleton.class);
    bind(OfficePages.class).in(Singleton.class);
    bind(LoginThrottle.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), FedForwardCounts.class)
        .setDefault()
        .toInstance((from, to) -> new FedForwardCounts.Counts(0, 0));
    OptionalBinder.newOptionalBinder(binder(), OpenActions.class)
        .setDefault()
        .toInstance(limit -> OpenActions.Open.NONE);
    Multibinder<RouteContributor> routes =
        Multibinder.newSetBinder(binder(), RouteContributor.class);
    routes.addBinding().to(OfficeApiRoutes.class);
    routes.addBinding().to(OfficeRoutes.class);
    routes.addBinding().to(OfficeExportRoutes.class);
    routes.addBinding().to(OfficeLoginRoutes.class);
  }
}
