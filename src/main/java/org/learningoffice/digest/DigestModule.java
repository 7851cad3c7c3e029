package org.learningoffice.digest;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Map;

/**
 * Binds the weekly digest itself: the model built from the store, and its renderers. Delivery lives
 * in {@link org.learningoffice.digest.delivery.DeliveryModule}.
 */
public final class DigestModule extends AbstractModule {
  @Override
  protected void configure() {
    // other features' sections (none is an empty set), and "One year ago this week"
    Multibinder.newSetBinder(binder(), DigestContribution.class)
        .addBinding()
        .to(YearAgoSection.class);
    bind(YearAgoLesson.class).in(Singleton.class);
    // feed forward binds the votes; without it, no lesson has any
    OptionalBinder.newOptionalBinder(binder(), HelpedVotes.class)
        .setDefault()
        .toInstance(lessonIds -> Map.of());
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
