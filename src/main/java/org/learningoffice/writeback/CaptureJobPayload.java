package org.learningoffice.writeback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.outbox.UnusableJobException;

/**
 * What a capture job's payload says: the order's issue id and key, for a reminder its number (from
 * 1; 0 for other jobs), and for the form of a real-time order that closed, when it closed.
 */
record CaptureJobPayload(
    String issueId, String issueKey, int reminder, Optional<Instant> closedAt) {
  CaptureJobPayload {
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  CaptureJobPayload(String issueId, String issueKey, int reminder) {
    this(issueId, issueKey, reminder, Optional.empty());
  }

  static CaptureJobPayload read(ObjectMapper json, String payload) {
    JsonNode node;
    try {
      node = json.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new UnusableJobException("capture job payload is not JSON: " + e.getOriginalMessage());
    }
    String issueId = node.path("issueId").asText("");
    String issueKey = node.path("issueKey").asText("");
    if (issueId.isEmpty() || issueKey.isEmpty()) {
      throw new UnusableJobException("capture job payload lacks issueId or issueKey");
    }
    Optional<Instant> closedAt;
    try {
      closedAt =
          node.hasNonNull("closedAt")
              ? Optional.of(Instant.parse(node.path("closedAt").asText()))
              : Optional.empty();
    } catch (DateTimeParseException e) {
      throw new UnusableJobException("capture job payload's closedAt is not an instant");
    }
    return new CaptureJobPayload(issueId, issueKey, node.path("reminder").asInt(0), closedAt);
  }

  String write(ObjectMapper json) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("issueId", issueId);
    values.put("issueKey", issueKey);
    if (reminder > 0) {
      values.put("reminder", reminder);
    }
    closedAt.ifPresent(at -> values.put("closedAt", at.toString()));
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and a number always serializes", e);
    }
  }
}
