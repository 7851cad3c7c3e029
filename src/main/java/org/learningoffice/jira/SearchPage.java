package org.learningoffice.jira;

import java.util.List;

/** One page of search results. */
public record SearchPage(List<Issue> issues) {
  public SearchPage {
    issues = List.copyOf(issues);
  }
}
