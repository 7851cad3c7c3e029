package org.learningoffice.jira;

import java.util.Objects;

/** How Jira identifies a user: an account id on Cloud, a user name on Data Center. */
public sealed interface UserId {
  String value();

  /** A Jira Cloud account id, e.g. {@code 5b10ac8d82e05b22cc7d4ef5}. */
  record AccountId(String value) implements UserId {
    public AccountId {
      requireText(value, "account id");
    }
  }

  /** A Jira Data Center user name (the {@code name} field, used by {@code [~name]} mentions). */
  record Username(String value) implements UserId {
    public Username {
      requireText(value, "user name");
    }
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("blank Jira " + what);
    }
  }
}
