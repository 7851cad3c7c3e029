package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.jira.Jql;

/** The JQL the poller, backfill and membership build on {@code orders.jql}. */
class OrderJqlTest {
  @Test
  void theDefinitionsOwnOrderByIsDroppedBeforeItIsNarrowed() {
    OrderJql jql = new OrderJql("project = ORD order by created DESC");

    assertThat(jql.issue("10042")).isEqualTo("(project = ORD) AND id = 10042");
  }

  @Test
  void orderByInsideAQuotedValueIsKept() {
    assertThat(Jql.withoutOrderBy("summary ~ \"order by phone\""))
        .isEqualTo("summary ~ \"order by phone\"");
    assertThat(Jql.withoutOrderBy("summary ~ 'order by phone' ORDER BY key"))
        .isEqualTo("summary ~ 'order by phone' ");
  }

  @Test
  void theUpdatedWindowIsRoundedUpToWholeMinutes() {
    OrderJql jql = new OrderJql("project = ORD");

    assertThat(jql.updatedWithin(Duration.ofSeconds(61)))
        .isEqualTo("(project = ORD) AND updated >= \"-2m\" ORDER BY updated DESC");
  }

  @Test
  void closedStatusesAreQuotedAndEscaped() {
    OrderJql jql = new OrderJql("project = ORD");

    assertThat(
            jql.closedUpdatedSince(
                LocalDate.of(2025, 1, 31), List.of("Shipped", "Say \"done\""), Optional.empty()))
        .isEqualTo(
            "(project = ORD) AND (statusCategory = Done OR status in (\"Shipped\", \"Say"
                + " \\\"done\\\"\")) AND updated >= \"2025-01-31\" ORDER BY created ASC, key ASC");
  }

  @Test
  void backfillPagesInCreationOrderWhichAnEditDuringTheRunCannotChange() {
    OrderJql jql = new OrderJql("project = ORD");

    // by last change, a ticket edited between two pages would move behind the others, and the
    // ticket sliding onto the page already read would be skipped
    assertThat(
            jql.closedUpdatedSince(
                LocalDate.of(2025, 1, 31), List.of(), Optional.of(LocalDate.of(2025, 3, 2))))
        .isEqualTo(
            "(project = ORD) AND (statusCategory = Done) AND updated >= \"2025-01-31\""
                + " AND created >= \"2025-03-02\" ORDER BY created ASC, key ASC");
  }
}
