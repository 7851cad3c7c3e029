package org.learningoffice.writeback;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import org.learningoffice.capture.CaptureJobs;
import org.learningoffice.lesson.CaptureLessonStore;
import org.learningoffice.outbox.FailureClassifier;
import org.learningoffice.outbox.OutboxJobHandler;

/**
 * Binds capture's Jira side: the outbox handlers that attach the form, write lessons back and
 * remind, and how their Jira failures are retried or parked.
 */
public final class WriteBackModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(CaptureForms.class).in(Singleton.class);
    bind(CaptureLessonStore.class).in(Singleton.class);
    MapBinder<String, OutboxJobHandler> handlers =
        MapBinder.newMapBinder(binder(), String.class, OutboxJobHandler.class);
    handlers.addBinding(CaptureJobs.ATTACH_FORM).to(CaptureLinkAttacher.class);
    handlers.addBinding(CaptureJobs.WRITE_BACK).to(WriteBack.class);
    handlers.addBinding(CaptureJobs.REMIND).to(ReminderJob.class);
    Multibinder.newSetBinder(binder(), FailureClassifier.class)
        .addBinding()
        .to(JiraFailureClassifier.class);
  }
}
