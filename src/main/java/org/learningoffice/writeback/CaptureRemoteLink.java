package org.learningoffice.writeback;

import java.net.URI;
import java.util.Optional;
import org.learningoffice.jira.RemoteLink;

/**
 * The form's remote issue link. Its global id {@code learning-office:<issue key>} makes Jira update
 * the one link on a retry or on write-back instead of adding another; it is resolved once the order
 * has lessons.
 */
final class CaptureRemoteLink {
  private CaptureRemoteLink() {}

  static RemoteLink of(String issueKey, URI form, boolean resolved) {
    return new RemoteLink(
        "learning-office:" + issueKey,
        CaptureComments.LINK_TITLE,
        form,
        resolved
            ? "Lessons captured: read them or add more"
            : "What did this order teach us? Add lessons learned",
        Optional.empty(),
        resolved);
  }
}
