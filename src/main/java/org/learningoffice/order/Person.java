package org.learningoffice.order;

import java.util.Objects;

/**
 * Someone who worked on an order. {@code id} is the accountId on Jira Cloud and the user name on
 * Data Center; {@code role} is {@code ASSIGNEE} or {@code REPORTER}.
 */
public record Person(String id, String displayName, String role) {
  public static final String ASSIGNEE = "ASSIGNEE";
  public static final String REPORTER = "REPORTER";

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
  }
}
