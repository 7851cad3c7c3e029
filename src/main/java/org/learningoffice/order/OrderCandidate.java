package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;

/** The parts of an issue that say whether it is an order: its identity, project and type. */
public record OrderCandidate(
    String issueId,
    String issueKey,
    String projectKey,
    String projectName,
    String projectId,
    String issueType,
    String issueTypeId) {

  /** Reads them from an issue snapshot (missing parts are empty strings). */
  public static OrderCandidate of(JsonNode issue) {
    JsonNode fields = issue.path("fields");
    return new OrderCandidate(
        issue.path("id").asText(""),
        issue.path("key").asText(""),
        fields.path("project").path("key").asText(""),
        fields.path("project").path("name").asText(""),
        fields.path("project").path("id").asText(""),
        fields.path("issuetype").path("name").asText(""),
        fields.path("issuetype").path("id").asText(""));
  }
}
