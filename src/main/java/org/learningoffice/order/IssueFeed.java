package org.learningoffice.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.learningoffice.jira.Issue;

/**
 * Stores an issue found by {@link OrderSearch} in the inbox as a polled event, where the order
 * handler takes it like a webhook. Idempotent: an issue unchanged since the poller (or a backfill)
 * last stored it is a duplicate.
 */
public final class IssueFeed {
  private final Inbox inbox;
  private final ObjectMapper json;

  @Inject
  public IssueFeed(Inbox inbox, ObjectMapper json) {
    this.inbox = inbox;
    this.json = json;
  }

  /**
   * Stores an issue; a duplicate when this snapshot (issue and {@code updated}) is stored.
   *
   * @param searchedSince where the poller's searches began; empty for a backfill, whose closes are
   *     all meant to get a form
   */
  public Inbox.Acceptance store(Issue issue, Inbox.Source source, Optional<Instant> searchedSince) {
    ObjectNode body = PolledIssue.event(issue, searchedSince);
    WebhookEvent event =
        WebhookEvent.read(body)
            .orElseThrow(() -> new IllegalStateException("a polled event is always handled"));
    return inbox.accept(
        new Inbox.NewEvent(
            dedupeKey(event, source), source, event.type(), event.issueId(), text(body)));
  }

  /**
   * A backfill's snapshot has keys of its own: the poller may have stored the same snapshot already
   * and, finding the order closed before it began watching, given it no form, which backfill is
   * there to do.
   */
  private static String dedupeKey(WebhookEvent event, Inbox.Source source) {
    String key = event.dedupeKey(Optional.empty());
    return source == Inbox.Source.BACKFILL ? "backfill:" + key : key;
  }

  private String text(ObjectNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
