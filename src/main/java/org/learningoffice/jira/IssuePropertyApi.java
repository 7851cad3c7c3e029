package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Issue entity properties: JSON that JQL and other apps can see. */
public interface IssuePropertyApi {
  /** Creates or replaces the property. */
  void set(String issueKey, String propertyKey, JsonNode value);

  /** The property's value; empty when Jira answers 404 (no such property or issue). */
  Optional<JsonNode> get(String issueKey, String propertyKey);
}
