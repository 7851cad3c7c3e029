package org.learningoffice.digest.delivery;

import java.util.List;
import org.learningoffice.digest.WeekDigest;

/** One way a digest goes out (e-mail, Slack, Teams, Jira), switched on by its configuration. */
public interface DigestChannel {
  Channel channel();

  /** Who gets it this week on this channel: addresses, a webhook's name, a project key. */
  List<String> recipients();

  /**
   * Hands the digest to the channel for one recipient.
   *
   * @throws DeliveryException when nothing was delivered (tried again later)
   * @throws DeliveryOutcomeUnknownException when it may have been delivered (not tried again)
   */
  void deliver(WeekDigest week, String recipient);
}
