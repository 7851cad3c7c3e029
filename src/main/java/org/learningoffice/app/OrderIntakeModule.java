package org.learningoffice.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.learningoffice.digest.delivery.OrderIntakeProgress;
import org.learningoffice.order.Inbox;
import org.learningoffice.order.OrderPoller;

/**
 * Tells the digest scheduler how far the order intake has come: caught up to an instant once a
 * poller round that started after it went through, and no event waits in the inbox. Wired here
 * because the digest does not know orders.
 */
final class OrderIntakeModule extends AbstractModule {
  @Provides
  OrderIntakeProgress intakeProgress(OrderPoller poller, Inbox inbox) {
    return until -> poller.searchedPast(until) && inbox.oldestWaitingSince().isEmpty();
  }
}
