package org.learningoffice.feedforward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.RemoteLink;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.outbox.JobSteps;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxJobHandler;
import org.learningoffice.outbox.UnusableJobException;
import org.learningoffice.writeback.CommentOnce;

/**
 * Feeds one order forward ({@code FEED_FORWARD}), one ranking round per job: ranks the earlier
 * lessons on the order's facts as they are now and stores the round once (a retry posts what the
 * first attempt ranked; a round that a newer one replaced before it ranked stops there), keeping
 * only lessons the order has not received. When the round added any, three Jira calls, each a
 * recorded step: the comment "Lessons from earlier orders" naming the new ones (looked up before it
 * is sent again after a lost answer), then the {@code learning-office-related} property and the
 * remote link to the related-lessons page, both updated to every lesson the order has and a newly
 * signed page link. Nothing new: no call at all.
 */
final class FeedForwardJob implements OutboxJobHandler {
  private final ObjectMapper json;
  private final OrderRepository orders;
  private final RelatedRanking ranking;
  private final FeedForwardStore store;
  private final FeedForwardInputs inputs;
  private final FedLessons fedLessons;
  private final RelatedLinks links;
  private final CommentOnce comments;
  private final JiraClient jira;
  private final JiraConfig jiraConfig;
  private final Clock clock;

  @Inject
  FeedForwardJob(
      ObjectMapper json,
      OrderRepository orders,
      RelatedRanking ranking,
      FeedForwardStore store,
      FeedForwardInputs inputs,
      FedLessons fedLessons,
      RelatedLinks links,
      CommentOnce comments,
      JiraClient jira,
      JiraConfig jiraConfig,
      Clock clock) {
    this.json = json;
    this.orders = orders;
    this.ranking = ranking;
    this.store = store;
    this.inputs = inputs;
    this.fedLessons = fedLessons;
    this.links = links;
    this.comments = comments;
    this.jira = jira;
    this.jiraConfig = jiraConfig;
    this.clock = clock;
  }

  @Override
  public void handle(Outbox.Job job, JobSteps steps) {
    JsonNode payload = payload(job.payload());
    String issueId = payload.path("issueId").asText("");
    int round = payload.path("round").asInt(1); // a job queued before rounds is round 1
    StoredOrder order =
        orders
            .findByIssueId(issueId)
            .orElseThrow(() -> new UnusableJobException("no stored order for issue " + issueId));
    Optional<FeedForwardStore.Fed> stored =
        store.find(order.id()).filter(f -> f.rankedRound() >= round);
    if (stored.isEmpty() && inputs.newestRound(order.id()) > round) {
      return; // edited again before this round ranked: the newer round ranks the newer facts
    }
    FeedForwardStore.Fed fed =
        stored.orElseGet(
            () ->
                store.record(
                    order.id(),
                    round,
                    links.sign(order.issueId()),
                    ranking.rank(
                        new OrderToFeed(
                            order.id(),
                            order.summary(),
                            payload.path("description").asText(""),
                            order.customerIfSet().orElse(""),
                            order.strategy(),
                            StageOfStatus.of(payload.path("status").asText("")))),
                    clock.instant()));
    List<RankedLesson> fresh = fedLessons.of(fed.ofRound(round));
    if (fresh.isEmpty()) {
      return; // nothing this order has not received (or every new lesson was deleted since)
    }
    List<RankedLesson> all = fedLessons.of(fed);
    String issueKey = order.issueKey();
    URI page = fed.relatedUrl();
    String marker = RelatedComment.marker(order.issueId(), round);
    comments.post(
        steps,
        "comment",
        issueKey,
        RelatedComment.of(
            fresh.stream().map(r -> r.lesson().lesson()).toList(),
            fresh.stream().map(r -> r.lesson().issueKey()).toList(),
            jiraConfig.baseUrl(),
            page,
            marker),
        marker);
    steps.once(
        "property",
        () -> jira.properties().set(issueKey, RelatedProperty.KEY, RelatedProperty.of(page, all)));
    steps.once(
        "link",
        () ->
            jira.remoteLinks()
                .createOrUpdate(
                    issueKey,
                    new RemoteLink(
                        "learning-office-related:" + issueKey,
                        RelatedComment.PAGE_TITLE,
                        page,
                        all.size() == 1
                            ? "1 lesson from earlier orders"
                            : all.size() + " lessons from earlier orders",
                        Optional.empty(),
                        false)));
    store.markPosted(order.id(), round, clock.instant());
  }

  private JsonNode payload(String payload) {
    try {
      JsonNode node = json.readTree(payload);
      if (node.path("issueId").asText("").isEmpty()) {
        throw new UnusableJobException("feed-forward job payload lacks issueId");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new UnusableJobException(
          "feed-forward job payload is not JSON: " + e.getOriginalMessage());
    }
  }
}
