/**
 * The outbox worker: claims due jobs from {@code store.Outbox} and runs each through the handler
 * bound for its kind; features add kinds with a {@code MapBinder} and say which failures are
 * hopeless with {@link org.learningoffice.outbox.FailureClassifier}s.
 */
package org.learningoffice.outbox;
