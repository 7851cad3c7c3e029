package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Jira's issue JSON (v2 or v3) into an {@link Issue}. */
final class IssueReader {

  Issue read(JsonNode issue) {
    String key = issue.path("key").asText();
    JsonNode fields = issue.path("fields");
    JsonNode status = fields.path("status");
    Map<String, JsonNode> other = new LinkedHashMap<>();
    fields
        .properties()
        .forEach(
            field -> {
              if (!Issue.TYPED_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                other.put(field.getKey(), field.getValue());
              }
            });
    List<String> components = new ArrayList<>();
    fields
        .path("components")
        .forEach(component -> JiraJson.text(component.path("name")).ifPresent(components::add));
    return new Issue(
        issue.path("id").asText(),
        key,
        fields.path("summary").asText(""),
        new IssueStatus(
            status.path("name").asText(""), status.path("statusCategory").path("key").asText("")),
        JiraJson.text(fields.path("priority").path("name")),
        JiraJson.user(fields.get("assignee")),
        JiraJson.texts(fields.path("labels")),
        components,
        JiraJson.instant(fields.path("created"))
            .orElseThrow(
                () -> new IllegalStateException("Jira sent issue " + key + " without created")),
        JiraJson.instant(fields.path("resolutiondate")),
        other,
        changelog(issue.path("changelog").path("histories")));
  }

  /** Reads an array of changelog histories. */
  List<ChangelogEntry> changelog(JsonNode histories) {
    List<ChangelogEntry> entries = new ArrayList<>();
    for (JsonNode history : histories) {
      List<ChangeItem> items = new ArrayList<>();
      for (JsonNode item : history.path("items")) {
        items.add(
            new ChangeItem(
                item.path("field").asText(""),
                JiraJson.text(item.path("from")),
                JiraJson.text(item.path("fromString")),
                JiraJson.text(item.path("to")),
                JiraJson.text(item.path("toString"))));
      }
      entries.add(
          new ChangelogEntry(
              history.path("id").asText(),
              JiraJson.user(history.get("author")),
              JiraJson.instant(history.path("created"))
                  .orElseThrow(() -> new IllegalStateException("changelog entry without created")),
              items));
    }
    return entries;
  }
}
