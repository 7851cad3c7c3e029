package org.learningoffice.order;

import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/**
 * The {@code orders} and {@code order_people} tables: every statement on them is here. Writes take
 * the caller's transaction so that order facts, the inbox row and outbox jobs commit together.
 */
public final class OrderRepository {
  private static final String COLUMNS =
      "id, issue_id, issue_key, summary, customer, strategy, strategy_source, priority,"
          + " priority_class, status, created_at, closed_at, reopened_at, close_count,"
          + " last_event_at";

  private final Jdbi jdbi;
  private final Clock clock;

  @Inject
  public OrderRepository(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  /** The order of an issue, locked until the transaction ends so concurrent events queue up. */
  public Optional<StoredOrder> findForUpdate(Handle transaction, String issueId) {
    return transaction
        .createQuery("SELECT " + COLUMNS + " FROM orders WHERE issue_id = :issueId FOR UPDATE")
        .bind("issueId", issueId)
        .map((rs, ctx) -> row(rs, people(transaction, rs.getLong("id"))))
        .findOne();
  }

  /** The order of an issue, outside any transaction (reads, tests, the form). */
  public Optional<StoredOrder> findByIssueId(String issueId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE issue_id = :issueId")
                .bind("issueId", issueId)
                .map((rs, ctx) -> row(rs, people(h, rs.getLong("id"))))
                .findOne());
  }

  /** The order of an issue by its key, outside any transaction. */
  public Optional<StoredOrder> findByIssueKey(String issueKey) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE issue_key = :issueKey")
                .bind("issueKey", issueKey)
                .map((rs, ctx) -> row(rs, people(h, rs.getLong("id"))))
                .findOne());
  }

  /** Inserts a new order or updates the one with the same issue id; returns its row id. */
  public long upsert(
      Handle transaction, Optional<StoredOrder> existing, OrderFacts facts, OrderState state) {
    Instant now = clock.instant();
    long id;
    if (existing.isPresent()) {
      id = existing.get().id();
      transaction
          .createUpdate(
              "UPDATE orders SET issue_key = :issueKey, summary = :summary, customer = :customer,"
                  + " strategy = :strategy, strategy_source = :strategySource, priority = :priority,"
                  + " priority_class = :priorityClass, assignee_id = :assigneeId,"
                  + " assignee_name = :assigneeName, status = :status, created_at = :createdAt,"
                  + " closed_at = :closedAt, reopened_at = :reopenedAt, close_count = :closeCount,"
                  + " last_event_at = :lastEventAt, updated_at = :now WHERE id = :id")
          .bindMap(values(facts, state))
          .bind("now", now)
          .bind("id", id)
          .execute();
    } else {
      id =
          transaction
              .createUpdate(
                  "INSERT INTO orders (issue_id, issue_key, summary, customer, strategy,"
                      + " strategy_source, priority, priority_class, assignee_id, assignee_name,"
                      + " status, created_at, closed_at, reopened_at, close_count, last_event_at,"
                      + " updated_at) VALUES (:issueId, :issueKey, :summary, :customer, :strategy,"
                      + " :strategySource, :priority, :priorityClass, :assigneeId, :assigneeName,"
                      + " :status, :createdAt, :closedAt, :reopenedAt, :closeCount, :lastEventAt,"
                      + " :now)")
              .bindMap(values(facts, state))
              .bind("issueId", facts.issueId())
              .bind("now", now)
              .executeAndReturnGeneratedKeys("id")
              .mapTo(Long.class)
              .one();
    }
    replacePeople(transaction, id, facts.people());
    return id;
  }

  /** Records that Jira deleted the order's ticket; its facts, people and lessons stay. */
  public void markDeleted(Handle transaction, StoredOrder order, Instant at) {
    OrderState state = order.state().deleted(at);
    transaction
        .createUpdate(
            "UPDATE orders SET status = :status, last_event_at = :lastEventAt, updated_at = :now"
                + " WHERE id = :id")
        .bind("status", state.status().name())
        .bind("lastEventAt", state.lastEventAt())
        .bind("now", clock.instant())
        .bind("id", order.id())
        .execute();
  }

  /** How many orders took their strategy from each source; DEFAULT ones are unmapped. */
  public Map<StrategySource, Integer> countByStrategySource() {
    return jdbi.withHandle(
        h -> {
          Map<StrategySource, Integer> counts = new EnumMap<>(StrategySource.class);
          h.createQuery(
                  "SELECT strategy_source, COUNT(*) AS n FROM orders GROUP BY strategy_source")
              .map(
                  (rs, ctx) ->
                      Map.entry(
                          StrategySource.valueOf(rs.getString("strategy_source")), rs.getInt("n")))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
          return counts;
        });
  }

  private static void replacePeople(Handle h, long orderId, List<Person> people) {
    h.createUpdate("DELETE FROM order_people WHERE order_id = :orderId")
        .bind("orderId", orderId)
        .execute();
    for (Person person : people) {
      h.createUpdate(
              "INSERT INTO order_people (order_id, person_id, display_name, role)"
                  + " VALUES (:orderId, :personId, :displayName, :role)")
          .bind("orderId", orderId)
          .bind("personId", person.id())
          .bind("displayName", person.displayName())
          .bind("role", person.role())
          .execute();
    }
  }

  private static List<Person> people(Handle h, long orderId) {
    return h.createQuery(
            "SELECT person_id, display_name, role FROM order_people WHERE order_id = :orderId"
                + " ORDER BY role, person_id")
        .bind("orderId", orderId)
        .map(
            (rs, ctx) ->
                new Person(
                    rs.getString("person_id"), rs.getString("display_name"), rs.getString("role")))
        .list();
  }

  private static Map<String, Object> values(OrderFacts facts, OrderState state) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("issueKey", facts.issueKey());
    values.put("summary", facts.summary());
    values.put("customer", facts.customer());
    values.put("strategy", facts.strategy().name());
    values.put("strategySource", facts.strategySource().name());
    values.put("priority", facts.priority());
    values.put("priorityClass", facts.priorityClass().name());
    values.put("assigneeId", facts.assignee().map(Person::id).orElse(null));
    values.put("assigneeName", facts.assignee().map(Person::displayName).orElse(null));
    values.put("status", state.status().name());
    values.put("createdAt", facts.created());
    values.put("closedAt", state.closedAt());
    values.put("reopenedAt", state.reopenedAt());
    values.put("closeCount", state.closeCount());
    values.put("lastEventAt", state.lastEventAt());
    return values;
  }

  private static StoredOrder row(ResultSet rs, List<Person> people) throws SQLException {
    return new StoredOrder(
        rs.getLong("id"),
        rs.getString("issue_id"),
        rs.getString("issue_key"),
        rs.getString("summary"),
        rs.getString("customer"),
        Strategy.valueOf(rs.getString("strategy")),
        StrategySource.valueOf(rs.getString("strategy_source")),
        rs.getString("priority"),
        PriorityClass.valueOf(rs.getString("priority_class")),
        people,
        instant(rs, "created_at"),
        new OrderState(
            OrderStatus.valueOf(rs.getString("status")),
            instant(rs, "closed_at"),
            instant(rs, "reopened_at"),
            rs.getInt("close_count"),
            instant(rs, "last_event_at")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
