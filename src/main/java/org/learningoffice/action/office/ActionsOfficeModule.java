package org.learningoffice.action.office;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.learningoffice.office.OpenActions;
import org.learningoffice.web.RouteContributor;

/**
 * Binds actions on the office dashboard: its "Open actions" and the "Mark done" route (apart from
 * {@code action}, which the lesson form uses, so that the office does not reach the form).
 */
public final class ActionsOfficeModule extends AbstractModule {
  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), OpenActions.class)
        .setBinding()
        .to(DashboardOpenActions.class);
    Multibinder.newSetBinder(binder(), RouteContributor.class)
        .addBinding()
        .to(MarkDoneRoutes.class);
  }
}
