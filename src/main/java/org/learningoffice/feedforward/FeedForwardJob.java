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
 * Feeds one order forward ({@code FEED_FORWARD}): ranks the earlier lessons and stores the ranking
 * once (a retry posts what the first attempt ranked), then, when any lesson is relevant, three Jira
 * calls, each a recorded step: the comment "Lessons from earlier orders" (looked up before it is
 * sent again after a lost answer), the {@code learning-office-related} property and a remote link
 * to the related-lessons page. Nothing relevant: no call at all.
 */
final class FeedForwardJob implements OutboxJobHandler {
  private final ObjectMapper json;
  private final OrderRepository orders;
  private final RelatedRanking ranking;
  private final FeedForwardStore store;
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
    StoredOrder order =
        orders
            .findByIssueId(issueId)
            .orElseThrow(() -> new UnusableJobException("no stored order for issue " + issueId));
    FeedForwardStore.Fed fed =
        store
            .find(order.id())
            .orElseGet(
                () ->
                    store.record(
                        order.id(),
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
    if (fed.lessons().isEmpty()) {
      return;
    }
    List<RankedLesson> ranked = fedLessons.of(fed);
    if (ranked.isEmpty()) {
      return; // every lesson it ranked was deleted since
    }
    String issueKey = order.issueKey();
    URI page = fed.relatedUrl();
    String marker = RelatedComment.marker(order.issueId());
    comments.post(
        steps,
        "comment",
        issueKey,
        RelatedComment.of(
            ranked.stream().map(r -> r.lesson().lesson()).toList(),
            ranked.stream().map(r -> r.lesson().issueKey()).toList(),
            jiraConfig.baseUrl(),
            page,
            marker),
        marker);
    steps.once(
        "property",
        () ->
            jira.properties().set(issueKey, RelatedProperty.KEY, RelatedProperty.of(page, ranked)));
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
                        ranked.size() == 1
                            ? "1 lesson from earlier orders"
                            : ranked.size() + " lessons from earlier orders",
                        Optional.empty(),
                        false)));
    store.markPosted(order.id(), clock.instant());
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
