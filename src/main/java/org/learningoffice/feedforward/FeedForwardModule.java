package org.learningoffice.feedforward;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.learningoffice.capture.OrderRelatedLessons;
import org.learningoffice.digest.DigestContribution;
import org.learningoffice.digest.HelpedVotes;
import org.learningoffice.office.FedForwardCounts;
import org.learningoffice.order.OrderArrivals;
import org.learningoffice.outbox.OutboxJobHandler;
import org.learningoffice.web.RouteContributor;

/**
 * Binds feed forward: the listener that queues an arriving order's job, the job that ranks and
 * posts, and the ranking and its store.
 */
public final class FeedForwardModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), OrderArrivals.class)
        .addBinding()
        .to(FeedForwardTrigger.class);
    MapBinder.newMapBinder(binder(), String.class, OutboxJobHandler.class)
        .addBinding(FeedForwardTrigger.KIND)
        .to(FeedForwardJob.class);
    bind(FeedForwardStore.class).in(Singleton.class);
    bind(FeedForwardInputs.class).in(Singleton.class);
    bind(RelatedRanking.class).in(Singleton.class);
    bind(RelatedLinks.class).in(Singleton.class);
    bind(FedLessons.class).in(Singleton.class);
    bind(RelatedPage.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), OrderRelatedLessons.class)
        .setBinding()
        .to(FormRelatedLessons.class);
    bind(RelatedPages.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), FedForwardCounts.class)
        .setBinding()
        .to(StoredFedForwardCounts.class);
    OptionalBinder.newOptionalBinder(binder(), HelpedVotes.class)
        .setBinding()
        .to(StoredHelpedVotes.class);
    Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(RelatedRoutes.class);
    Multibinder.newSetBinder(binder(), DigestContribution.class)
        .addBinding()
        .to(FedForwardDigestSection.class);
  }
}
