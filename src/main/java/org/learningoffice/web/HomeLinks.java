package org.learningoffice.web;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links the home page ({@code GET /}) shows besides the dashboard and health, by label in the order
 * given: none in a real installation; the demo adds its sandbox Jira's tickets.
 */
public record HomeLinks(String heading, Map<String, URI> links) {
  public static final HomeLinks NONE = new HomeLinks("", Map.of());

  public HomeLinks {
    links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
  }
}
