package org.learningoffice.digest;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * Binds the weekly digest itself: the model built from the store, and its renderers. Delivery lives
 * in {@link org.learningoffice.digest.delivery.DeliveryModule}.
 */
public final class DigestModule extends AbstractModule {
  @Override
  protected void configure() {
    // other features' sections (none is an empty set)
    Multibinder.newSetBinder(binder(), DigestContribution.class);
    bind(TicketLinks.class).in(Singleton.class);
    bind(DigestChart.class).in(Singleton.class);
    bind(DigestBuilder.class).in(Singleton.class);
    bind(HtmlRenderer.class).in(Singleton.class);
    bind(TextRenderer.class).in(Singleton.class);
    bind(SlackRenderer.class).in(Singleton.class);
    bind(TeamsRenderer.class).in(Singleton.class);
    bind(JiraIssueRenderer.class).in(Singleton.class);
    bind(DigestService.class).in(Singleton.class);
    bind(DigestFiles.class).to(DigestService.class);
  }
}
