package org.learningoffice.action;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.RepeatingService;
import org.learningoffice.order.IssueEventListener;
import org.learningoffice.outbox.OutboxJobHandler;

/**
 * Binds proposed actions followed to done: the job that creates an action's issue, the listener
 * that follows action issues' webhook events, and the poller of open action issues (a {@link
 * BackgroundService}).
 */
public final class ActionsModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ActionRepository.class).in(Singleton.class);
    bind(LessonActions.class).in(Singleton.class);
    bind(ActionFollowUp.class).in(Singleton.class);
    MapBinder.newMapBinder(binder(), String.class, OutboxJobHandler.class)
        .addBinding(ActionJobs.ACTION_ISSUE)
        .to(ActionIssueJob.class);
    Multibinder.newSetBinder(binder(), IssueEventListener.class)
        .addBinding()
        .to(ActionIssueEvents.class);
  }

  @ProvidesIntoSet
  BackgroundService actionPollerLoop(ActionPoller poller) {
    // runs even without actions.project: issues created before it was unset are still followed,
    // and with no open issue a run is one query
    return new RepeatingService(poller.loop());
  }
}
