package org.learningoffice.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/** An order as stored: the facts last read from Jira, its people and its close/reopen state. */
public record StoredOrder(
    long id,
    String issueId,
    String issueKey,
    String summary,
    String customer,
    Strategy strategy,
    StrategySource strategySource,
    String priority,
    PriorityClass priorityClass,
    List<Person> people,
    Instant created,
    OrderState state) {

  public StoredOrder {
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(state, "state");
    people = List.copyOf(people);
  }

  public Optional<String> customerIfSet() {
    return Optional.ofNullable(customer);
  }

  public Optional<String> priorityIfSet() {
    return Optional.ofNullable(priority);
  }

  public Optional<Person> assignee() {
    return people.stream().filter(p -> p.role().equals(Person.ASSIGNEE)).findFirst();
  }
}
