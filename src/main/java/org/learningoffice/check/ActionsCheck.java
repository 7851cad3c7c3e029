package org.learningoffice.check;

import java.util.List;
import org.learningoffice.config.ActionsConfig;

/** Whether proposed actions become Jira issues, where, and how they are followed. */
final class ActionsCheck {
  private static final String NAME = "actions";

  private final ActionsConfig config;

  ActionsCheck(ActionsConfig config) {
    this.config = config;
  }

  List<CheckResult> run() {
    if (config.project().isEmpty()) {
      return List.of(
          CheckResult.skip(
              NAME,
              "no action issues (actions.project is not set); proposed actions stay with their"
                  + " lessons and in the digest"));
    }
    String where = config.issueType() + " issues in " + config.project().get();
    String followed =
        ", linked to their order ("
            + config.linkType()
            + ") and polled every "
            + config.pollInterval().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
            + "; run install again if the webhook was registered before actions.project was"
            + " set, so that its JQL filter covers labels = "
            + ActionsConfig.ISSUE_LABEL;
    if (!config.createIssues()) {
      return List.of(
          CheckResult.warn(
              NAME,
              "actions.project is "
                  + config.project().get()
                  + " but actions.createIssues is false: no action issue is created"));
    }
    return List.of(
        CheckResult.ok(NAME, "every proposed action becomes one of the " + where + followed));
  }
}
