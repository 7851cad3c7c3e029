package org.learningoffice.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learningoffice.config.FeedForwardConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraUnavailableException;

/** Whether new orders receive earlier lessons (feed forward), and on what terms. */
final class FeedForwardCheck {
  private static final String NAME = "feed forward";

  private final FeedForwardConfig config;

  FeedForwardCheck(FeedForwardConfig config) {
    this.config = config;
  }

  /**
   * {@link #run()}, and whether Jira has each project of {@code feedForward.projects} that the
   * account may browse: new orders of a project it cannot see never receive lessons.
   */
  List<CheckResult> run(JiraClient jira) {
    if (!config.on()) {
      return run();
    }
    List<String> missing = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    for (String key : config.projects()) {
      try {
        if (jira.projects().project(key).isEmpty()) {
          missing.add(key);
          continue;
        }
        // the lessons go on as a comment, a property and a remote link, as the form does
        JiraChecks.lacking(jira, key).ifPresent(lacking::add);
      } catch (JiraException | JiraUnavailableException e) {
        return List.of(
            CheckResult.fail(NAME, "cannot read project " + key + " from Jira: " + e.getMessage()));
      }
    }
    if (!missing.isEmpty()) {
      return List.of(
          CheckResult.fail(
              NAME,
              "project(s) "
                  + String.join(", ", missing)
                  + " not found (or the account may not browse them); correct"
                  + " feedForward.projects"));
    }
    if (!lacking.isEmpty()) {
      return List.of(
          CheckResult.fail(
              NAME,
              "the account lacks "
                  + String.join("; ", lacking)
                  + ", so no earlier lessons can be posted on its new orders; grant them in the"
                  + " project's permission scheme, or leave the project out of"
                  + " feedForward.projects"));
    }
    return run();
  }

  List<CheckResult> run() {
    if (!config.on()) {
      return List.of(
          CheckResult.skip(
              NAME,
              "off (feedForward.projects is empty): new orders receive no lessons from earlier"
                  + " ones"
                  + (config.triggerStatuses().isEmpty()
                      ? ""
                      : "; feedForward.triggerStatuses has no effect without projects")));
    }
    String when =
        config.triggerStatuses().isEmpty()
            ? "when created"
            : "when created, or (if known from before) seen in "
                + String.join(
                    ", ", config.triggerStatuses().stream().map(s -> "\"" + s + "\"").toList());
    return List.of(
        CheckResult.ok(
            NAME,
            "orders of "
                + String.join(", ", config.projects())
                + " receive up to "
                + config.maxLessons()
                + " earlier lesson(s) from relevance "
                + String.format(Locale.ROOT, "%.2f", config.minRelevance())
                + ", "
                + when));
  }
}
