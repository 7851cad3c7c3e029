package org.learningoffice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.ActionsConfig;

/** What `check` says of actions.*. */
class ActionsCheckTest {
  private static CheckResult check(Optional<String> project, boolean createIssues) {
    return new ActionsCheck(
            new ActionsConfig(project, "Task", createIssues, "Relates", Duration.ofMinutes(15)))
        .run()
        .get(0);
  }

  @Test
  void withoutAProjectNoActionIssueIsCreatedAndTheCheckIsSkipped() {
    CheckResult result = check(Optional.empty(), false);

    assertThat(result.status()).isEqualTo(CheckResult.Status.SKIP);
    assertThat(result.detail()).contains("actions.project is not set");
  }

  @Test
  void aProjectWithoutCreateIssuesIsAWarningThatNothingIsCreated() {
    CheckResult result = check(Optional.of("ACT"), false);

    assertThat(result.status()).isEqualTo(CheckResult.Status.WARN);
    assertThat(result.detail()).contains("ACT").contains("actions.createIssues is false");
  }

  @Test
  void issuesOnSaysWhereHowTheyAreLinkedAndPolledAndWhatTheWebhookNeeds() {
    CheckResult result = check(Optional.of("ACT"), true);

    assertThat(result.status()).isEqualTo(CheckResult.Status.OK);
    assertThat(result.detail())
        .contains("Task issues in ACT")
        .contains("(Relates)")
        .contains("polled every 15m")
        .contains("labels = learning-office-action");
  }
}
