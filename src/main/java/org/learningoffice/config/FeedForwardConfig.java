package org.learningoffice.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Feed forward: which projects' new orders receive the earlier lessons most likely to help them, on
 * which status changes besides creation, how many at most above which relevance, and how long the
 * link to an order's related-lessons page stays valid.
 *
 * @param projects Jira project keys whose orders receive lessons (empty: off)
 * @param triggerStatuses status names that, when an order enters one, rank it again
 * @param maxLessons at most this many lessons per ranking
 * @param minRelevance only lessons at least this relevant (0..1)
 * @param linkTtl how long a link to the related-lessons page stays valid; longer than a form
 *     link's, as the page is read and voted on while a long order runs
 */
public record FeedForwardConfig(
    List<String> projects,
    List<String> triggerStatuses,
    int maxLessons,
    double minRelevance,
    Duration linkTtl) {
  public static final int DEFAULT_MAX_LESSONS = 5;
  public static final double DEFAULT_MIN_RELEVANCE = 0.3;
  public static final Duration DEFAULT_LINK_TTL = Duration.ofDays(365);

  public FeedForwardConfig {
    projects = List.copyOf(projects);
    triggerStatuses = List.copyOf(triggerStatuses);
    Objects.requireNonNull(linkTtl, "linkTtl");
  }

  /** Off: no project named. */
  public static FeedForwardConfig off() {
    return new FeedForwardConfig(
        List.of(), List.of(), DEFAULT_MAX_LESSONS, DEFAULT_MIN_RELEVANCE, DEFAULT_LINK_TTL);
  }

  /** Whether any project's orders receive lessons. */
  public boolean on() {
    return !projects.isEmpty();
  }

  /** Whether the order with this issue key is in one of {@link #projects()}. */
  public boolean covers(String issueKey) {
    Objects.requireNonNull(issueKey, "issueKey");
    int dash = issueKey.lastIndexOf('-');
    String project = dash < 0 ? issueKey : issueKey.substring(0, dash);
    return projects.stream().anyMatch(p -> p.equalsIgnoreCase(project));
  }

  /** Whether entering this status feeds an order forward (names compared ignoring case). */
  public boolean triggers(String statusName) {
    String wanted = statusName.strip().toLowerCase(Locale.ROOT);
    return triggerStatuses.stream()
        .anyMatch(s -> s.strip().toLowerCase(Locale.ROOT).equals(wanted));
  }

  static FeedForwardConfig read(ConfigReader r) {
    List<String> projects =
        r.list("feedForward.projects").stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
    for (String project : projects) {
      if (!project.matches("[A-Za-z][A-Za-z0-9_]*")) {
        r.problem("feedForward.projects", "'" + project + "' is not a Jira project key, e.g. ORD");
      }
    }
    return new FeedForwardConfig(
        projects,
        r.list("feedForward.triggerStatuses").stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        r.integer("feedForward.maxLessons", DEFAULT_MAX_LESSONS, 1, 20),
        r.decimal("feedForward.minRelevance", DEFAULT_MIN_RELEVANCE, 0.0, 1.0),
        r.duration("feedForward.linkTtl", DEFAULT_LINK_TTL));
  }
}
