package org.learningoffice.jira;

import java.util.Set;

/** The client's own Jira account: who it is and what it may do. */
public interface AccountApi {
  /** {@code GET /myself}. */
  JiraUser myself();

  /** Global view of the permissions ({@code GET /mypermissions}). */
  MyPermissions permissions(Set<JiraPermission> permissions);

  /** The permissions in one project. */
  MyPermissions permissions(String projectKey, Set<JiraPermission> permissions);
}
