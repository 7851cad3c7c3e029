package org.learningoffice.jira;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which of the asked permissions the client's own user has. */
public record MyPermissions(Map<JiraPermission, Boolean> granted) {
  public MyPermissions {
    granted = Map.copyOf(granted);
  }

  public boolean has(JiraPermission permission) {
    return granted.getOrDefault(permission, false);
  }

  /** The asked permissions that are missing (not granted or not reported). */
  public Set<JiraPermission> missing(Set<JiraPermission> asked) {
    Set<JiraPermission> missing = EnumSet.noneOf(JiraPermission.class);
    for (JiraPermission permission : asked) {
      if (!has(permission)) {
        missing.add(permission);
      }
    }
    return missing;
  }
}
