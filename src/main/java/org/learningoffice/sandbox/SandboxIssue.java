package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live state of one sandbox ticket: its status history, comments, remote links, issue links and
 * entity properties. Only {@link SandboxIssues} touches it, under its lock.
 */
final class SandboxIssue {
  /** A status change in the ticket's history. */
  record StatusChange(long id, Instant at, String author, SandboxStatus from, SandboxStatus to) {}

  /** A comment as stored: the body exactly as the client sent it (ADF). */
  record Comment(long id, Instant at, JsonNode body) {}

  /** An issue link to another ticket, seen from this one: outward when this is its outward side. */
  record IssueLink(String type, String otherKey, boolean outward) {}

  /** A remote link as stored, keyed by its global id. */
  record Link(long id, String globalId, JsonNode object) {}

  final long id;
  final SandboxOrder order;
  final Instant created;
  SandboxStatus status;
  Instant resolved;
  final List<StatusChange> history = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  final Map<String, Link> links = new LinkedHashMap<>();
  final List<IssueLink> issueLinks = new ArrayList<>();
  final Map<String, JsonNode> properties = new LinkedHashMap<>();

  SandboxIssue(long id, SandboxOrder order, Instant created) {
    this.id = id;
    this.order = order;
    this.created = created;
    this.status = SandboxStatus.IN_PROGRESS;
  }

  String key() {
    return order.key();
  }

  Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolved);
  }
}
