package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.config.OrdersConfig.StrategyMapping;

class SimpleJqlMembershipTest {
  private static final OrderCandidate ORDER =
      new OrderCandidate(
          "1", "ORD-1", "ORD", "Customer Orders", "10000", "Customer Order", "10010");
  private static final OrderCandidate TASK =
      new OrderCandidate("2", "ORD-2", "ORD", "Customer Orders", "10000", "Task", "10002");
  private static final OrderCandidate OTHER =
      new OrderCandidate("3", "SUP-1", "SUP", "Support", "10001", "Customer Order", "10010");

  private static SimpleJqlMembership membership(String jql, OrderMembership deferred) {
    return new SimpleJqlMembership(
        new OrdersConfig(
            jql,
            List.of(),
            new StrategyMapping.DefaultOnly("MTO"),
            null,
            List.of(),
            null,
            Duration.ofMinutes(5)),
        deferred);
  }

  private static SimpleJqlMembership membership(String jql) {
    return membership(
        jql,
        issue -> {
          throw new AssertionError("simple JQL must not be deferred");
        });
  }

  @Test
  void projectAndIssueTypeAreCheckedAgainstTheIssue() {
    OrderMembership m = membership("project = ORD AND issuetype = \"Customer Order\"");

    assertThat(m.isOrder(ORDER)).isTrue();
    assertThat(m.isOrder(TASK)).isFalse();
    assertThat(m.isOrder(OTHER)).isFalse();
  }

  @Test
  void keywordsAnyCaseQuotedValuesProjectNamesAndIdsAndOrderByAreUnderstood() {
    assertThat(
            membership("PROJECT='Customer Orders' and TYPE = 10010 ORDER BY created")
                .isOrder(ORDER))
        .isTrue();
    assertThat(membership("project = 10000").isOrder(TASK)).isTrue();
    assertThat(membership("project = ord").isOrder(OTHER)).isFalse();
  }

  @Test
  void anyOtherJqlIsDeferred() {
    assertThat(SimpleJqlMembership.parse("project = ORD AND labels = order")).isEmpty();
    assertThat(SimpleJqlMembership.parse("project in (ORD, ENG)")).isEmpty();
    assertThat(SimpleJqlMembership.parse("project = ORD")).isPresent();

    OrderMembership m =
        membership("project in (ORD, ENG)", issue -> issue.projectKey().equals("SUP"));

    assertThat(m.isOrder(OTHER)).isTrue();
    assertThat(m.isOrder(ORDER)).isFalse();
    assertThat(SimpleJqlMembership.parse("project = ORD AND issuetype = Task"))
        .map(SimpleJqlMembership.Rule::issueType)
        .contains(Optional.of("Task"));
  }
}
