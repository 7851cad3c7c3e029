package org.learningoffice.digest.delivery;

/** Where a digest goes; the names are stored in {@code digest_deliveries.channel}. */
public enum Channel {
  EMAIL,
  SLACK,
  TEAMS,
  JIRA
}
