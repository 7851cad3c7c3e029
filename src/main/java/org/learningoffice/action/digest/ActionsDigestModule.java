package org.learningoffice.action.digest;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.learningoffice.digest.DigestContribution;

/**
 * Adds the follow-up of proposed actions to the weekly digest. A package of its own, because the
 * digest depends (through the lesson form) on actions, and actions must not depend on the digest.
 */
public final class ActionsDigestModule extends AbstractModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), DigestContribution.class)
        .addBinding()
        .to(ActionsDigestSections.class);
  }
}
