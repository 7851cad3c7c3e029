package org.learningoffice.check;

import java.util.List;
import java.util.Locale;
import org.learningoffice.config.FeedForwardConfig;

/** Whether new orders receive earlier lessons (feed forward), and on what terms. */
final class FeedForwardCheck {
  private static final String NAME = "feed forward";

  private final FeedForwardConfig config;

  FeedForwardCheck(FeedForwardConfig config) {
    this.config = config;
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
