package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A Jira issue webhook we handle ({@code jira:issue_created}, {@code jira:issue_updated} with a
 * status change in its changelog, or {@code jira:issue_deleted}), as far as intake and close
 * detection need it.
 *
 * @param changelogId the changelog entry of an update; null for a creation
 * @param statusChangedTo the status the changelog moved the issue to; null when none
 * @param timestamp when Jira raised the event; null when the body has none
 * @param searchedSince for a polled snapshot, where the poller's searches began (its first round's
 *     start: every change since was searched for); null for a Jira event and a backfilled one
 * @param issue the issue snapshot as sent
 * @param partialIssue whether the snapshot holds only some of the issue's fields (a Forge event's),
 *     so that the issue must be read from Jira before it is mapped
 */
public record WebhookEvent(
    String type,
    String issueId,
    String issueKey,
    String changelogId,
    String statusChangedTo,
    Instant timestamp,
    Instant searchedSince,
    JsonNode issue,
    boolean partialIssue) {

  public static final String ISSUE_CREATED = "jira:issue_created";
  public static final String ISSUE_UPDATED = "jira:issue_updated";
  public static final String ISSUE_DELETED = "jira:issue_deleted";

  /**
   * Not a Jira event: an issue as the poller or backfill found it by JQL search, shaped like a
   * webhook so that the one handler applies it; its timestamp is the issue's {@code updated} time,
   * the moment the snapshot describes. Never accepted over HTTP.
   */
  public static final String ISSUE_POLLED = "learning-office:issue_polled";

  /**
   * Marks a body whose issue snapshot is cut down: Forge's issue events name only a few fields (no
   * labels, components, priority, description or custom fields, users by account id only).
   */
  public static final String PARTIAL_ISSUE = "learningOfficePartialIssue";

  private static final int MAX_KEY = 255;

  /**
   * Reads a webhook body.
   *
   * @return the event, or empty when it is one we do not handle (acknowledged, not stored)
   * @throws MalformedWebhookException when a field we need is missing
   */
  public static Optional<WebhookEvent> read(JsonNode root) {
    return read(root, true);
  }

  /** Reads a body that came from Jira over HTTP: a polled snapshot is not one we handle. */
  public static Optional<WebhookEvent> readDelivered(JsonNode root) {
    return read(root, false);
  }

  private static Optional<WebhookEvent> read(JsonNode root, boolean allowPolled) {
    if (!root.isObject()) {
      throw new MalformedWebhookException("body is not a JSON object");
    }
    String type = text(root.path("webhookEvent"));
    if (type == null) {
      throw new MalformedWebhookException("webhookEvent is missing");
    }
    Optional<String> statusChange = statusChange(root.path("changelog"));
    if (!type.equals(ISSUE_CREATED)
        && !type.equals(ISSUE_DELETED)
        && !(type.equals(ISSUE_POLLED) && allowPolled)
        && !(type.equals(ISSUE_UPDATED) && statusChange.isPresent())) {
      return Optional.empty();
    }
    JsonNode issue = root.path("issue");
    String issueId = text(issue.path("id"));
    String issueKey = text(issue.path("key"));
    if (issueId == null) {
      throw new MalformedWebhookException("issue.id is missing");
    }
    if (issueKey == null) {
      throw new MalformedWebhookException("issue.key is missing");
    }
    WebhookShapes.storableText(root);
    JsonNode timestamp = root.path("timestamp");
    JsonNode searchedSince = root.path("searchedSince");
    return Optional.of(
        new WebhookEvent(
            type,
            WebhookShapes.issueId(issueId),
            WebhookShapes.issueKey(issueKey),
            WebhookShapes.changelogId(text(root.path("changelog").path("id"))),
            WebhookShapes.statusName(statusChange.orElse(null)),
            epochMillis(timestamp),
            type.equals(ISSUE_POLLED) ? epochMillis(searchedSince) : null,
            issue,
            root.path(PARTIAL_ISSUE).asBoolean(false)));
  }

  /** The same event with the whole issue, as read from Jira. */
  public WebhookEvent withIssue(JsonNode wholeIssue) {
    return new WebhookEvent(
        type,
        issueId,
        issueKey,
        changelogId,
        statusChangedTo,
        timestamp,
        searchedSince,
        wholeIssue,
        false);
  }

  private static Instant epochMillis(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToLong()
        ? WebhookShapes.timestamp(node.asLong())
        : null;
  }

  /**
   * The status the workflow moved the issue to: the item of field {@code status}, not a custom
   * field that happens to have that name ({@code fieldtype} {@code custom}).
   */
  private static Optional<String> statusChange(JsonNode changelog) {
    for (JsonNode item : changelog.path("items")) {
      if ("status".equals(item.path("field").asText())
          && !"custom".equals(item.path("fieldtype").asText())) {
        return Optional.ofNullable(text(item.path("toString")));
      }
    }
    return Optional.empty();
  }

  /** Whether Jira deleted the issue. */
  public boolean deletion() {
    return type.equals(ISSUE_DELETED);
  }

  public Optional<String> statusChangedToIfAny() {
    return Optional.ofNullable(statusChangedTo);
  }

  public Optional<Instant> timestampIfSet() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * When the change this event reports happened in Jira, for ordering it among the others: Jira's
   * {@code timestamp}, else the issue's {@code updated} time (the snapshot's moment); empty when
   * the body has neither, so the event cannot be placed among timed ones.
   */
  public Optional<Instant> occurredAtIfKnown() {
    return timestampIfSet().or(() -> JiraTimes.parse(text(issue.path("fields").path("updated"))));
  }

  public Optional<Instant> searchedSinceIfSet() {
    return Optional.ofNullable(searchedSince);
  }

  /** The issue's {@code resolutiondate}, when it has one Jira wrote in a form we read. */
  public Optional<Instant> resolvedAtIfSet() {
    return JiraTimes.parse(text(issue.path("fields").path("resolutiondate")));
  }

  /**
   * The inbox dedupe key: Jira's delivery identifier (unchanged across its retries) when sent;
   * otherwise the event, issue and changelog entry, which name the same change in every delivery.
   */
  public String dedupeKey(Optional<String> webhookIdentifier) {
    String key =
        webhookIdentifier
            .filter(id -> !id.isBlank())
            .map(id -> "webhook:" + id.trim())
            .orElseGet(this::changeKey);
    return key.length() <= MAX_KEY ? key : "sha256:" + sha256(key);
  }

  /**
   * Names the change itself; an update without a changelog id falls back to its timestamp. A polled
   * snapshot is named by its issue and {@code updated} time, so polling an unchanged issue again
   * (the overlap window, a second poller, a backfill) is a duplicate.
   */
  private String changeKey() {
    if (type.equals(ISSUE_POLLED)) {
      return "poll:" + issueId + ":" + (timestamp == null ? "?" : timestamp.toEpochMilli());
    }
    if (type.equals(ISSUE_CREATED) || type.equals(ISSUE_DELETED)) {
      return type + ":" + issueId;
    }
    if (changelogId != null) {
      return type + ":" + issueId + ":" + changelogId;
    }
    return type + ":" + issueId + ":at:" + (timestamp == null ? "?" : timestamp.toEpochMilli());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : null;
  }
}
