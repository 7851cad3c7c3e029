package org.learningoffice.digest.delivery;

import java.util.List;
import org.learningoffice.digest.WeekDigest;

/** One way a digest goes out (e-mail, Slack, Teams, Jira), switched on by its configuration. */
public interface DigestChannel {
  Channel channel();

  /** Who gets it this week on this channel: addresses, a webhook's name, a project key. */
  List<String> recipients();

  /**
   * Renders the digest for one recipient, sending nothing yet: a failure here is a delivery that
   * did not happen (tried again later).
   *
   * @throws DeliveryException when the recipient cannot get it
   */
  Delivery prepare(WeekDigest week, String recipient);

  /** A rendered digest for one recipient, ready to hand to the channel. */
  interface Delivery {
    /**
     * Hands it over.
     *
     * @throws DeliveryException when nothing was delivered (tried again later)
     * @throws DeliveryOutcomeUnknownException when it may have been delivered (not tried again)
     */
    void send();
  }
}
