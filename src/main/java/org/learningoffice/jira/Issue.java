package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue with the fields the service uses, typed; any other requested field (custom fields such
 * as {@code customfield_10050}) is kept as JSON in {@link #otherFields()}. The changelog is empty
 * unless it was asked for.
 */
public record Issue(
    String id,
    String key,
    String summary,
    IssueStatus status,
    Optional<String> priority,
    Optional<JiraUser> assignee,
    List<String> labels,
    List<String> components,
    Instant created,
    Optional<Instant> resolved,
    Map<String, JsonNode> otherFields,
    List<ChangelogEntry> changelog) {
  public Issue {
    labels = List.copyOf(labels);
    components = List.copyOf(components);
    otherFields = Map.copyOf(otherFields);
    changelog = List.copyOf(changelog);
  }

  /** The fields the client always asks for, because this record types them. */
  public static final List<String> TYPED_FIELDS =
      List.of(
          "summary",
          "status",
          "priority",
          "assignee",
          "labels",
          "components",
          "created",
          "resolutiondate");

  /** A requested field that is not typed, when Jira returned it (and not as null). */
  public Optional<JsonNode> field(String fieldId) {
    return Optional.ofNullable(otherFields.get(fieldId));
  }
}
