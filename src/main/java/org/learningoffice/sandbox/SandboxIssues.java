package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.learningoffice.taxonomy.Strategy;

/**
 * The sandbox's tickets and everything done to them. One lock guards all of it: the sandbox serves
 * a demo, not a load test, and a single lock keeps every answer consistent.
 */
final class SandboxIssues {
  private static final long FIRST_ID = 10101;

  private final Clock clock;
  private final Map<String, SandboxIssue> byKey = new LinkedHashMap<>();
  private long nextChangeId = 30001;
  private long nextCommentId = 40001;
  private long nextLinkId = 50001;
  private long nextIssueId;

  SandboxIssues(List<SandboxOrder> seed, Clock clock) {
    this.clock = clock;
    Instant now = clock.instant();
    long id = FIRST_ID;
    for (SandboxOrder order : seed) {
      SandboxIssue issue =
          new SandboxIssue(id++, order, now.minus(Duration.ofDays(order.daysOpen())));
      byKey.put(order.key(), issue);
    }
    nextIssueId = id;
  }

  /** Adds a ticket created now; false when its key is taken. */
  synchronized boolean add(SandboxOrder order) {
    if (byKey.containsKey(order.key())) {
      return false;
    }
    byKey.put(order.key(), new SandboxIssue(nextIssueId++, order, clock.instant()));
    return true;
  }

  /** Runs {@code read} on the ticket with this key or numeric id, under the lock. */
  synchronized <T> Optional<T> read(String keyOrId, Function<SandboxIssue, T> read) {
    return find(keyOrId).map(read);
  }

  /** The summary of the ticket with this key or id. */
  synchronized Optional<String> summaryOf(String keyOrId) {
    return find(keyOrId).map(issue -> issue.order.summary());
  }

  /** Runs {@code read} on every ticket, in seed order, under the lock. */
  synchronized <T> List<T> readAll(Function<SandboxIssue, T> read) {
    return byKey.values().stream().map(read).toList();
  }

  /** Moves a ticket to Done now; empty when it is unknown or already done. */
  synchronized Optional<SandboxIssue.StatusChange> close(String key) {
    SandboxIssue issue = byKey.get(key);
    if (issue == null || issue.status == SandboxStatus.DONE) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    SandboxIssue.StatusChange change =
        new SandboxIssue.StatusChange(
            nextChangeId++, now, issue.order.assignee(), issue.status, SandboxStatus.DONE);
    issue.history.add(change);
    issue.status = SandboxStatus.DONE;
    issue.resolved = now;
    return Optional.of(change);
  }

  synchronized Optional<SandboxIssue.Comment> addComment(String keyOrId, JsonNode body) {
    return find(keyOrId)
        .map(
            issue -> {
              SandboxIssue.Comment comment =
                  new SandboxIssue.Comment(nextCommentId++, clock.instant(), body);
              issue.comments.add(comment);
              return comment;
            });
  }

  /** Adds a remote link, or replaces the one with the same global id (as Jira does). */
  synchronized Optional<LinkWrite> putLink(String keyOrId, String globalId, JsonNode object) {
    return find(keyOrId)
        .map(
            issue -> {
              SandboxIssue.Link existing = globalId == null ? null : issue.links.get(globalId);
              long id = existing == null ? nextLinkId++ : existing.id();
              String slot = globalId == null ? "link-" + id : globalId;
              SandboxIssue.Link link = new SandboxIssue.Link(id, globalId, object);
              issue.links.put(slot, link);
              return new LinkWrite(issue.key(), link, existing == null);
            });
  }

  /**
   * Links two tickets with a link type, unless they are linked so already (as Jira does, which
   * answers a repeated link as created); false when either ticket is unknown.
   */
  synchronized boolean link(String type, String outwardKey, String inwardKey) {
    Optional<SandboxIssue> outward = find(outwardKey);
    Optional<SandboxIssue> inward = find(inwardKey);
    if (outward.isEmpty() || inward.isEmpty()) {
      return false;
    }
    SandboxIssue.IssueLink out = new SandboxIssue.IssueLink(type, inward.get().key(), true);
    if (!outward.get().issueLinks.contains(out)) {
      outward.get().issueLinks.add(out);
      inward.get().issueLinks.add(new SandboxIssue.IssueLink(type, outward.get().key(), false));
    }
    return true;
  }

  /** Sets an entity property; empty when the ticket is unknown, else whether it was new. */
  synchronized Optional<Boolean> setProperty(String keyOrId, String name, JsonNode value) {
    return find(keyOrId).map(issue -> issue.properties.put(name, value) == null);
  }

  /** Files a new ticket (the digest's issue in the learning office's project). */
  synchronized SandboxIssue create(String projectKey, String summary) {
    long id = nextIssueId++;
    SandboxOrder order =
        new SandboxOrder(
            projectKey + "-" + (id - FIRST_ID + 1),
            summary,
            "",
            Strategy.MTO,
            "Medium",
            "Learning Office Bot",
            "Learning Office Bot",
            0,
            false);
    SandboxIssue issue = new SandboxIssue(id, order, clock.instant());
    issue.status = SandboxStatus.TO_DO;
    byKey.put(order.key(), issue);
    return issue;
  }

  /** What writing a remote link did: the link and whether it was new. */
  record LinkWrite(String issueKey, SandboxIssue.Link link, boolean created) {}

  private Optional<SandboxIssue> find(String keyOrId) {
    SandboxIssue byItsKey = byKey.get(keyOrId);
    if (byItsKey != null) {
      return Optional.of(byItsKey);
    }
    return byKey.values().stream()
        .filter(issue -> String.valueOf(issue.id).equals(keyOrId))
        .findFirst();
  }
}
