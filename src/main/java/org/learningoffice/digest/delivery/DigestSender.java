package org.learningoffice.digest.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningoffice.digest.DigestService;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.digest.WeekDigest;
import org.learningoffice.digest.delivery.DigestDeliveries.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a week's digest on every configured channel, each (week, channel, recipient) at most once:
 * a delivery row is claimed before sending and marked after (see {@link DigestDeliveries}).
 */
public final class DigestSender {
  private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

  /**
   * What one round of sending did; {@code emptyWeek} when nothing was sent because nothing happened
   * in the week ({@code digest.skipEmptyWeeks}).
   */
  public record Outcome(int sent, int failed, int unknown, int skipped, boolean emptyWeek) {}

  private final Set<DigestChannel> channels;
  private final DigestDeliveries deliveries;
  private final DigestService digests;
  private final String owner;
  private final Duration lease;
  private final boolean skipEmptyWeeks;

  public DigestSender(
      Set<DigestChannel> channels,
      DigestDeliveries deliveries,
      DigestService digests,
      String owner,
      Duration lease,
      boolean skipEmptyWeeks) {
    this.skipEmptyWeeks = skipEmptyWeeks;
    this.channels = Set.copyOf(channels);
    this.deliveries = deliveries;
    this.digests = digests;
    this.owner = owner;
    this.lease = lease;
  }

  /** Whether any channel is switched on. */
  public boolean hasChannels() {
    return !channels.isEmpty();
  }

  /** Sends what has not gone out yet for the week (and retries what failed before). */
  public Outcome send(IsoWeek week) {
    if (skipEmptyWeeks && !channels.isEmpty() && digests.isEmptyWeek(week)) {
      // no delivery rows either: should the week fill later (an order's close stored late), it goes
      return new Outcome(0, 0, 0, 0, true);
    }
    int sent = 0;
    int failed = 0;
    int unknown = 0;
    int skipped = 0;
    Optional<WeekDigest> built = Optional.empty();
    List<DigestChannel> ordered = new ArrayList<>(channels);
    ordered.sort((a, b) -> a.channel().compareTo(b.channel()));
    for (DigestChannel channel : ordered) {
      for (String recipient : channel.recipients()) {
        Optional<Claim> claim = deliveries.claim(week, channel.channel(), recipient, owner, lease);
        if (claim.isEmpty()) {
          skipped++;
          continue;
        }
        if (built.isEmpty()) {
          built = Optional.of(digests.week(week));
        }
        DigestChannel.Delivery delivery;
        try {
          // rendered before the hand-off is recorded: a rendering that fails sent nothing
          delivery = channel.prepare(built.get(), recipient);
        } catch (RuntimeException e) {
          deliveries.notPrepared(claim.get(), e.toString());
          log.warn(
              "Digest {} on {} to {} could not be prepared: {}",
              week,
              channel.channel(),
              recipient,
              e.toString());
          failed++;
          continue;
        }
        if (!deliveries.startSending(claim.get())) {
          skipped++;
          continue;
        }
        try {
          delivery.send();
          deliveries.sent(claim.get());
          sent++;
        } catch (RecipientRefusedException e) {
          deliveries.givenUp(claim.get(), e.getMessage());
          log.warn(
              "Digest {} on {} to {} refused for good, not tried again (fix the address): {}",
              week,
              channel.channel(),
              recipient,
              e.getMessage());
          failed++;
        } catch (DeliveryException e) {
          deliveries.failed(claim.get(), e.getMessage());
          log.warn(
              "Digest {} on {} to {} failed: {}",
              week,
              channel.channel(),
              recipient,
              e.getMessage());
          failed++;
          if (e instanceof ChannelUnavailableException) {
            // the others would wait out the same timeout each, holding up the other channels:
            // they stay unclaimed (or failed) and are tried at a later check
            log.warn(
                "Digest {} on {}: the channel is unavailable, its other recipients wait for a"
                    + " later check",
                week,
                channel.channel());
            break;
          }
        } catch (DeliveryOutcomeUnknownException e) {
          // left claimed: not sent again, reported by the health check
          log.warn(
              "Digest {} on {} to {}: outcome unknown, not sent again: {}",
              week,
              channel.channel(),
              recipient,
              e.getMessage());
          unknown++;
        }
      }
    }
    return new Outcome(sent, failed, unknown, skipped, false);
  }
}
