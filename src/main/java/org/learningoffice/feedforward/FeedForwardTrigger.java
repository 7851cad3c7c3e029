package org.learningoffice.feedforward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.learningoffice.config.FeedForwardConfig;
import org.learningoffice.order.OrderArrivals;
import org.learningoffice.outbox.Outbox;

/**
 * Queues an order's feed-forward job when it arrives open in a project of {@code
 * feedForward.projects}: as soon as it is first seen (created, or first found by the poller), or,
 * for an order known from before, when it is seen in one of {@code feedForward.triggerStatuses}.
 * The job's key {@code feed-forward:<issue id>} makes it once per order whatever comes first:
 * reopening, a webhook and a poll of the same change, or a restart queue nothing more.
 */
final class FeedForwardTrigger implements OrderArrivals {
  static final String KIND = "FEED_FORWARD";

  private final FeedForwardConfig config;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  @Inject
  FeedForwardTrigger(FeedForwardConfig config, Outbox outbox, ObjectMapper json, Clock clock) {
    this.config = config;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  static String jobKey(String issueId) {
    return "feed-forward:" + issueId;
  }

  @Override
  public void arrived(Handle transaction, Arrival arrival) {
    if (!config.on() || !arrival.open() || !config.covers(arrival.facts().issueKey())) {
      return;
    }
    String status = arrival.facts().statusName();
    if (!arrival.firstSeen() && !config.triggers(status)) {
      return;
    }
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("issueId", arrival.facts().issueId());
    payload.put("issueKey", arrival.facts().issueKey());
    payload.put("status", status);
    payload.put("description", arrival.facts().description());
    try {
      outbox.enqueue(
          transaction,
          new Outbox.NewJob(
              jobKey(arrival.facts().issueId()),
              KIND,
              arrival.orderId(),
              json.writeValueAsString(payload),
              clock.instant()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }
}
