package org.learningoffice.order;

import org.jdbi.v3.core.Handle;

/**
 * Hears every issue event the inbox applies (webhook, poll, backfill), in the inbox's transaction
 * and before order membership is decided, so that a feature can follow issues that are not orders
 * (an action's Jira issue). Bound with {@code Multibinder.newSetBinder(binder(),
 * IssueEventListener.class)}; a listener ignores the issues that are not its own, cheaply.
 */
public interface IssueEventListener {
  void onIssueEvent(Handle transaction, WebhookEvent event);
}
