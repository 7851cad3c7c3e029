package org.learningoffice.feedforward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.learningoffice.config.FeedForwardConfig;
import org.learningoffice.order.OrderArrivals;
import org.learningoffice.order.OrderFacts;
import org.learningoffice.outbox.Outbox;

/**
 * Queues an order's feed-forward rounds while it is open in a project of {@code
 * feedForward.projects}. Round 1 as soon as it is first seen (created, or first found by the
 * poller), or, for an order known from before, when it is seen in one of {@code
 * feedForward.triggerStatuses}. A later round when an event changes the facts the ranking reads
 * ({@link RankingFacts}: people create the ticket and fill in the customer minutes later) or the
 * order enters a trigger status it was not ranked in; anything else (a redelivery, a webhook and a
 * poll of the same change, a restart, a reopen) queues nothing. Round 1's job key is {@code
 * feed-forward:<issue id>}, round n's {@code feed-forward:<issue id>:<n>}, each queued once. A
 * later round waits {@link #SETTLE}: a burst of edits queues a round per edit, but only the newest
 * one ranks (the others find a newer round and stop), so the ticket hears of the burst once.
 */
final class FeedForwardTrigger implements OrderArrivals {
  static final String KIND = "FEED_FORWARD";

  /** How long a later round waits for further edits: two poller rounds at the default 5 minutes. */
  static final Duration SETTLE = Duration.ofMinutes(10);

  private final FeedForwardConfig config;
  private final FeedForwardInputs inputs;
  private final FeedForwardStore store;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  @Inject
  FeedForwardTrigger(
      FeedForwardConfig config,
      FeedForwardInputs inputs,
      FeedForwardStore store,
      Outbox outbox,
      ObjectMapper json,
      Clock clock) {
    this.config = config;
    this.inputs = inputs;
    this.store = store;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  static String jobKey(String issueId) {
    return "feed-forward:" + issueId;
  }

  static String jobKey(String issueId, int round) {
    return round == 1 ? jobKey(issueId) : jobKey(issueId) + ":" + round;
  }

  @Override
  public void arrived(Handle transaction, Arrival arrival) {
    OrderFacts facts = arrival.facts();
    if (!config.on() || !arrival.open() || !config.covers(facts.issueKey())) {
      return;
    }
    String triggerStatus =
        config.triggers(facts.statusName())
            ? facts.statusName().strip().toLowerCase(Locale.ROOT)
            : "";
    String digest = RankingFacts.of(facts).digest();
    Optional<FeedForwardInputs.Queued> last = inputs.find(transaction, arrival.orderId());
    int round;
    if (last.isPresent()) {
      boolean changed = !last.get().factsDigest().equals(digest);
      boolean entered =
          !triggerStatus.isEmpty() && !triggerStatus.equals(last.get().triggerStatus());
      if (!changed && !entered) {
        return;
      }
      round = last.get().round() + 1;
    } else if (store.ranked(transaction, arrival.orderId())) {
      round = 2; // ranked before rounds were kept: once more, on the facts it has now
    } else if (arrival.firstSeen() || !triggerStatus.isEmpty()) {
      round = 1;
    } else {
      return;
    }
    Instant now = clock.instant();
    inputs.save(
        transaction,
        arrival.orderId(),
        new FeedForwardInputs.Queued(
            digest,
            triggerStatus.isEmpty()
                ? last.map(FeedForwardInputs.Queued::triggerStatus).orElse("")
                : triggerStatus,
            round),
        now);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("issueId", facts.issueId());
    payload.put("issueKey", facts.issueKey());
    payload.put("status", facts.statusName());
    payload.put("description", facts.description());
    payload.put("round", round);
    try {
      outbox.enqueue(
          transaction,
          new Outbox.NewJob(
              jobKey(facts.issueId(), round),
              KIND,
              arrival.orderId(),
              json.writeValueAsString(payload),
              round == 1 ? now : now.plus(SETTLE)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and a number always serializes", e);
    }
  }
}
