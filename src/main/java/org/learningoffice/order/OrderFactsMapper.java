package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.store.StorableText;
import org.learningoffice.taxonomy.PriorityClass;

/**
 * Reads {@link OrderFacts} from a Jira issue as JSON (a webhook's {@code issue}, or the REST API's
 * issue), Cloud or Data Center, using the orders configuration.
 */
public final class OrderFactsMapper {
  private static final int MAX_SUMMARY = 1000;
  private static final int MAX_NAME = 255;

  /** {@code orders.priority}: a priority is a name shown and compared, so a longer one is cut. */
  private static final int MAX_PRIORITY = 64;

  /**
   * {@code order_people.person_id}: Cloud account ids stay well under it; a longer id (a Data
   * Center user name may have up to 255 characters) cannot be stored, and cut it would name someone
   * else, so that person is left out.
   */
  private static final int MAX_PERSON_ID = 128;

  private final OrdersConfig config;
  private final StrategyReader strategies;
  private final Set<String> closedStatuses;
  private final Set<String> expeditePriorities;

  @Inject
  public OrderFactsMapper(OrdersConfig config) {
    this.config = config;
    this.strategies = new StrategyReader(config.strategy());
    this.closedStatuses = lowerCase(config.closedStatuses());
    this.expeditePriorities = lowerCase(config.expeditePriorities());
  }

  /**
   * The facts of an issue.
   *
   * @param issue the issue object, with {@code id}, {@code key} and {@code fields}
   * @param statusName the status the event moved the issue to, when its changelog says so (more
   *     precise than the issue snapshot); else the snapshot's status is used
   * @param fallbackCreated the creation time to use when the issue does not carry one
   */
  public OrderFacts map(JsonNode issue, Optional<String> statusName, Instant fallbackCreated) {
    JsonNode fields = issue.path("fields");
    JsonNode status = fields.path("status");
    String currentStatus = statusName.orElse(status.path("name").asText(""));
    boolean closed =
        "done".equals(status.path("statusCategory").path("key").asText())
            || closedStatuses.contains(currentStatus.toLowerCase(Locale.ROOT));
    StrategyReader.Read strategy = strategies.read(fields);
    String priority =
        Optional.ofNullable(text(fields.path("priority").path("name")))
            .map(p -> StorableText.bounded(p, MAX_PRIORITY))
            .orElse(null);
    return new OrderFacts(
        issue.path("id").asText(),
        issue.path("key").asText(),
        StorableText.bounded(fields.path("summary").asText(""), MAX_SUMMARY),
        DescriptionText.of(fields.path("description")),
        config.customerFieldIfSet().map(f -> customer(fields.path(f))).orElse(null),
        strategy.strategy(),
        strategy.source(),
        priority,
        priorityClass(priority, fields.path("labels")),
        people(fields),
        currentStatus,
        closed,
        JiraTimes.parse(fields.path("created").asText(null)).orElse(fallbackCreated));
  }

  private PriorityClass priorityClass(String priority, JsonNode labels) {
    if (priority != null && expeditePriorities.contains(priority.toLowerCase(Locale.ROOT))) {
      return PriorityClass.EXPEDITED;
    }
    Optional<String> label = config.expediteLabelIfSet();
    if (label.isPresent()) {
      for (JsonNode l : labels) {
        if (l.asText().equalsIgnoreCase(label.get())) {
          return PriorityClass.EXPEDITED;
        }
      }
    }
    return PriorityClass.STANDARD;
  }

  private static List<Person> people(JsonNode fields) {
    List<Person> people = new ArrayList<>();
    person(fields.path("assignee"), Person.ASSIGNEE).ifPresent(people::add);
    person(fields.path("reporter"), Person.REPORTER).ifPresent(people::add);
    return people;
  }

  /** Cloud identifies users by accountId, Data Center by name. */
  private static Optional<Person> person(JsonNode user, String role) {
    String id = text(user.path("accountId"));
    if (id == null) {
      id = text(user.path("name"));
    }
    if (id == null || id.length() > MAX_PERSON_ID) {
      return Optional.empty();
    }
    String displayName = Optional.ofNullable(text(user.path("displayName"))).orElse(id);
    return Optional.of(new Person(id, StorableText.bounded(displayName, MAX_NAME), role));
  }

  /** A text field, a select option ({@code value}) or an object with a {@code name}. */
  private static String customer(JsonNode value) {
    JsonNode node = value.isArray() ? value.path(0) : value;
    String text =
        node.isTextual()
            ? node.asText()
            : Optional.ofNullable(text(node.path("value"))).orElse(text(node.path("name")));
    return text == null || text.isBlank() ? null : StorableText.bounded(text.trim(), MAX_NAME);
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static Set<String> lowerCase(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
