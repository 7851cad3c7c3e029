package org.learningoffice.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/**
 * What one Jira issue says about an order at one moment, read with the orders configuration.
 * Nullable components have {@code Optional} accessors; use those outside this package.
 *
 * @param description the plain words of the issue's description (empty when it has none), to tell
 *     what the order is about; not stored
 * @param statusName the Jira status name, e.g. {@code Shipped}
 * @param closed whether that status counts as closed (Done category or {@code
 *     orders.closedStatuses})
 */
public record OrderFacts(
    String issueId,
    String issueKey,
    String summary,
    String description,
    String customer,
    Strategy strategy,
    StrategySource strategySource,
    String priority,
    PriorityClass priorityClass,
    List<Person> people,
    String statusName,
    boolean closed,
    Instant created) {

  public OrderFacts {
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(strategySource, "strategySource");
    Objects.requireNonNull(priorityClass, "priorityClass");
    Objects.requireNonNull(statusName, "statusName");
    Objects.requireNonNull(created, "created");
    people = List.copyOf(people);
  }

  public Optional<String> customerIfSet() {
    return Optional.ofNullable(customer);
  }

  public Optional<String> priorityIfSet() {
    return Optional.ofNullable(priority);
  }

  /** The assignee, when the issue has one. */
  public Optional<Person> assignee() {
    return people.stream().filter(p -> p.role().equals(Person.ASSIGNEE)).findFirst();
  }

  /** Whether the strategy fell back to the configured default although a source is configured. */
  public boolean strategyUnmapped() {
    return strategySource == StrategySource.DEFAULT;
  }
}
