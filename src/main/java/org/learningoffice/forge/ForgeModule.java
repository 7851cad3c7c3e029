package org.learningoffice.forge;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.learningoffice.jira.JiraGrant;
import org.learningoffice.web.RouteContributor;

/**
 * Binds the Forge app's backend: {@code /forge/events} (the trigger) and the issue view's {@code
 * /forge/panel...} and {@code /forge/context}, all behind the invocation-token check, and the app
 * system token those calls bring as the {@link JiraGrant} of the service's Jira calls. Off (every
 * call 401) until {@code forge.appId} is configured.
 */
public final class ForgeModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder<RouteContributor> routes =
        Multibinder.newSetBinder(binder(), RouteContributor.class);
    routes.addBinding().to(ForgeEventRoutes.class);
    routes.addBinding().to(ForgePanelRoutes.class);
    bind(ForgeKeys.class).in(Singleton.class);
    bind(InvocationTokenVerifier.class).in(Singleton.class);
    bind(ForgeCaller.class).in(Singleton.class);
    bind(ForgeIssueEvents.class).in(Singleton.class);
    bind(ForgeSystemToken.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), JiraGrant.class)
        .setBinding()
        .to(ForgeSystemToken.class);
  }
}
