package org.learningoffice.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class RelatedCandidatesTest {
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  private final TestDatabase db;
  private final RelatedCandidates candidates;

  RelatedCandidatesTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    candidates = new RelatedCandidates(db.database());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCustomerSliceIsTheCustomersNewestLessonsNewestFirstLeavingOutTheOrderBeingFed() {
    order(1, "Acme", "ETO");
    order(2, "Acme", "MTO");
    order(3, "Acme", "ETO"); // the order being fed
    order(4, "Globex", "ETO"); // another customer, with the newest lessons of all
    lesson(11, 1, 10);
    lesson(12, 1, 40);
    lesson(13, 2, 20);
    lesson(14, 2, 40); // same time as 12: the higher id first
    lesson(15, 2, 30);
    lesson(16, 3, 50);
    lesson(17, 4, 60);
    lesson(18, 4, 70);

    assertThat(ids(candidates.ofCustomer("Acme", 3, 3))).containsExactly(14L, 12L, 15L);
    assertThat(ids(candidates.ofCustomer("Acme", 3, 10))).containsExactly(14L, 12L, 15L, 13L, 11L);
    assertThat(ids(candidates.ofCustomer("Acme", 1, 2))).containsExactly(16L, 14L);
    assertThat(candidates.ofCustomer("Initech", 3, 5)).isEmpty();
    assertThat(candidates.ofCustomer("Acme", 3, 1))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.issueKey()).isEqualTo("ORD-2");
              assertThat(l.strategy()).isEqualTo(Strategy.MTO);
              assertThat(l.lesson().title()).isEqualTo("Lesson 14");
            });
  }

  @Test
  void theStrategySliceIsTheNewestLessonsOfOtherOrdersWithThatStrategy() {
    order(1, "Acme", "ETO");
    order(2, "Globex", "MTO");
    order(3, null, "ETO");
    lesson(11, 1, 10);
    lesson(12, 2, 20);
    lesson(13, 3, 30);
    lesson(14, 1, 40);

    assertThat(ids(candidates.ofStrategy(Strategy.ETO, 2, 10))).containsExactly(14L, 13L, 11L);
    assertThat(ids(candidates.ofStrategy(Strategy.ETO, 1, 10))).containsExactly(13L);
  }

  private static List<Long> ids(List<LessonWithOrder> lessons) {
    return lessons.stream().map(l -> l.lesson().id()).toList();
  }

  private void order(long id, String customer, String strategy) {
    db.database()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO orders (id, issue_id, issue_key, summary, customer, strategy,"
                            + " strategy_source, priority_class, status, created_at, last_event_at,"
                            + " updated_at) VALUES (:id, :issueId, :key, 'Welding frame',"
                            + " :customer, :strategy, 'LABEL', 'STANDARD', 'CLOSED', :at, :at,"
                            + " :at)")
                    .bind("id", id)
                    .bind("issueId", String.valueOf(10_000 + id))
                    .bind("key", "ORD-" + id)
                    .bind("customer", customer)
                    .bind("strategy", strategy)
                    .bind("at", T0)
                    .execute());
  }

  private void lesson(long id, long orderId, int minute) {
    db.database()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO lessons (id, public_id, order_id, submission_key, title, body,"
                            + " unit, unit_set_by, lesson_type, type_set_by, direction,"
                            + " direction_set_by, timing, recurrence, author, created_at) VALUES"
                            + " (:id, :publicId, :order, :key, :title, 'Reuse the fixture.',"
                            + " 'BACK_OFFICE', 'PERSON', 'EXPLOITATION', 'PERSON', 'FROM',"
                            + " 'PERSON', 'RETROSPECTIVE', 'SPORADIC', 'Ann', :at)")
                    .bind("id", id)
                    .bind("publicId", "p" + id)
                    .bind("order", orderId)
                    .bind("key", "s" + id)
                    .bind("title", "Lesson " + id)
                    .bind("at", T0.plusSeconds(60L * minute))
                    .execute());
  }
}
