package org.learningoffice.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxJobHandler;

/**
 * Turns one stored event into order facts inside the inbox's transaction: maps the issue, applies
 * the close/reopen transition unless a newer event was already applied, stores the order and its
 * people, and on a close (with {@code capture.realTime}, already when the order is first seen)
 * queues the attach-form job (its key makes that happen once per order), unless the poller met the
 * order closed before it began watching; a backfilled closed order gets the job whenever it has
 * none yet; then tells the {@link OrderArrivals} listeners. Idempotent: a duplicate or late event
 * changes nothing. An event whose issue snapshot is cut down (a Forge event's) is mapped from the
 * issue as Jira has it ({@link PartialSnapshots}). A deleted ticket's order is marked deleted, for
 * good, and the jobs still waiting to act on its ticket are cancelled.
 */
public final class OrderEventHandler implements Inbox.Handler {
  /** The outbox job kind the capture feature processes. */
  public static final String ATTACH_FORM = "ATTACH_FORM";

  private final ObjectMapper json;
  private final OrderMembership membership;
  private final OrderFactsMapper mapper;
  private final OrderRepository orders;
  private final Outbox outbox;
  private final Clock clock;
  private final boolean realTime;
  private final Set<OrderArrivals> arrivals;
  private final Set<IssueEventListener> listeners;
  private final PartialSnapshots snapshots;
  private final Provider<Map<String, OutboxJobHandler>> jobHandlers;

  @Inject
  public OrderEventHandler(
      ObjectMapper json,
      OrderMembership membership,
      OrderFactsMapper mapper,
      OrderRepository orders,
      Outbox outbox,
      Clock clock,
      CaptureConfig capture,
      Set<OrderArrivals> arrivals,
      Set<IssueEventListener> listeners,
      PartialSnapshots snapshots,
      Provider<Map<String, OutboxJobHandler>> jobHandlers) {
    this.json = json;
    this.membership = membership;
    this.mapper = mapper;
    this.orders = orders;
    this.outbox = outbox;
    this.clock = clock;
    this.realTime = capture.realTime();
    this.arrivals = Set.copyOf(arrivals);
    this.listeners = Set.copyOf(listeners);
    this.snapshots = snapshots;
    this.jobHandlers = jobHandlers;
  }

  /** The key of an order's attach-form job. */
  public static String attachFormKey(String issueId) {
    return "attach-form:" + issueId;
  }

  /**
   * The key of the attach-form job a real-time order's first close queues: the form attached when
   * the order was created is signed again from the close, and its people asked again.
   */
  public static String attachFormAtCloseKey(String issueId) {
    return "attach-form:" + issueId + ":at-close";
  }

  @Override
  public void handle(Handle transaction, Inbox.Event stored) {
    Optional<WebhookEvent> read;
    try {
      read = WebhookEvent.read(json.readTree(stored.payload()));
    } catch (JsonProcessingException e) {
      throw new MalformedWebhookException("stored event is not JSON: " + e.getOriginalMessage());
    }
    if (read.isEmpty()) {
      return;
    }
    if (read.get().deletion()) {
      deleted(transaction, read.get());
      return;
    }
    read = snapshots.completed(read.get());
    if (read.isEmpty()) {
      return; // a Forge event for an issue Jira no longer has
    }
    for (IssueEventListener listener : listeners) {
      listener.onIssueEvent(transaction, read.get());
    }
    // A polled or backfilled issue was found by searching with orders.jql: Jira has answered
    // membership already, and asking again would cost a Jira call per issue for complex JQL.
    boolean searched = stored.source() != Inbox.Source.WEBHOOK;
    if (!searched && !membership.isOrder(OrderCandidate.of(read.get().issue()))) {
      return;
    }
    WebhookEvent event = read.get();
    // An event without Jira's time (no timestamp, no issue.updated) cannot be placed among the
    // others: it is ordered as the oldest, so that it never overwrites a state recorded from a
    // timed event and never hides a later one; the poller still finds a close it could not apply.
    // Its close or reopen is dated by the local clock: it happened no later than now.
    Optional<Instant> occurred = event.occurredAtIfKnown();
    Instant orderedAt = occurred.orElse(Instant.EPOCH);
    Instant at = occurred.orElseGet(clock::instant);
    Optional<StoredOrder> existing = orders.findForUpdate(transaction, event.issueId());
    if (existing.isPresent() && existing.get().state().isNewerThan(orderedAt)) {
      return; // a newer event was applied already; this late one must not undo it
    }
    OrderFacts facts = mapper.map(event.issue(), event.statusChangedToIfAny(), at);
    Instant closedAt = closeTime(event, existing, at);
    OrderState state =
        existing
            .map(o -> o.state().after(facts.closed(), closedAt, at))
            .orElseGet(() -> OrderState.first(facts.closed(), closedAt, at))
            .orderedAt(orderedAt);
    long orderId = orders.upsert(transaction, existing, facts, state);
    boolean closedNow =
        state.status() == OrderStatus.CLOSED
            && existing.map(o -> o.state().status() == OrderStatus.OPEN).orElse(true);
    // with capture.realTime the form goes on as soon as the order is known; the job key keeps it
    // to one form per order either way
    boolean createdNow = existing.isEmpty() && realTime;
    // backfill attaches forms to closed orders however they were first met (the poller stores an
    // old close without one); the job key skips those that have theirs
    boolean backfilledClosed =
        stored.source() == Inbox.Source.BACKFILL && state.status() == OrderStatus.CLOSED;
    boolean attachQueued =
        (closedNow || createdNow || backfilledClosed)
            && !closedBeforeWatched(event, existing, state)
            && outbox.enqueue(
                transaction,
                new Outbox.NewJob(
                    attachFormKey(facts.issueId()),
                    ATTACH_FORM,
                    orderId,
                    jobPayload(facts, Optional.empty()),
                    clock.instant()));
    // a real-time order whose form went on while it ran: its close renews the form, its link
    // signed from the moment the close was met
    if (closedNow && realTime && existing.isPresent() && !attachQueued) {
      outbox.enqueue(
          transaction,
          new Outbox.NewJob(
              attachFormAtCloseKey(facts.issueId()),
              ATTACH_FORM,
              orderId,
              jobPayload(facts, Optional.of(clock.instant())),
              clock.instant()));
    }
    OrderArrivals.Arrival arrival =
        new OrderArrivals.Arrival(orderId, facts, state, existing.isEmpty());
    for (OrderArrivals listener : arrivals) {
      listener.arrived(transaction, arrival);
    }
  }

  /**
   * Marks a known order deleted and cancels its unfinished jobs on the ticket. The issue is gone,
   * so neither its membership nor its fields can be asked; an issue that was never stored as an
   * order is not one of ours.
   */
  private void deleted(Handle transaction, WebhookEvent event) {
    Optional<StoredOrder> order = orders.findForUpdate(transaction, event.issueId());
    if (order.isEmpty() || order.get().state().status() == OrderStatus.DELETED) {
      return;
    }
    // a deletion is final whatever its time, so an untimed one may take the local clock
    orders.markDeleted(
        transaction, order.get(), event.occurredAtIfKnown().orElseGet(clock::instant));
    String reason = "the order " + order.get().issueKey() + " was deleted in Jira";
    jobHandlers.get().entrySet().stream()
        .filter(kind -> kind.getValue().worksOnOrderTicket())
        .forEach(kind -> outbox.cancel(transaction, order.get().id(), kind.getKey(), reason));
  }

  /**
   * When a close the event finds happened. A Jira event's time is the change's. A polled snapshot
   * is timed by the issue's last edit, which may be days after the close: its resolution date is
   * the close, when Jira set one no later than the snapshot and after the order's last reopen (a
   * workflow that keeps the resolution through a reopen would date the new close by the old one).
   */
  private static Instant closeTime(WebhookEvent event, Optional<StoredOrder> existing, Instant at) {
    if (!event.type().equals(WebhookEvent.ISSUE_POLLED)) {
      return at;
    }
    Optional<Instant> reopened = existing.flatMap(o -> o.state().reopenedAtIfSet());
    return event
        .resolvedAtIfSet()
        .filter(resolved -> !resolved.isAfter(at))
        .filter(resolved -> reopened.map(resolved::isAfter).orElse(true))
        .orElse(at);
  }

  /**
   * Whether the poller met an order it had never seen already closed before its first round's
   * search began: an order edited long after it closed (a comment on a ticket from before the
   * service was installed, a bulk edit), whose close no round could have witnessed. It is stored
   * with its close, but gets no form; {@code backfill --since} attaches forms to old closes on
   * purpose. An order closed since, which a round missed, gets its form when a later round finds
   * it.
   */
  private static boolean closedBeforeWatched(
      WebhookEvent event, Optional<StoredOrder> existing, OrderState state) {
    return existing.isEmpty()
        && state.status() == OrderStatus.CLOSED
        && event.searchedSinceIfSet().filter(state.closedAt()::isBefore).isPresent();
  }

  private String jobPayload(OrderFacts facts, Optional<Instant> closedAt) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("issueId", facts.issueId());
    payload.put("issueKey", facts.issueKey());
    closedAt.ifPresent(at -> payload.put("closedAt", at.toString()));
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }
}
