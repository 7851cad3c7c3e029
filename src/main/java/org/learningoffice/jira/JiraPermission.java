package org.learningoffice.jira;

/** The Jira permissions the service relies on, by their Jira keys. */
public enum JiraPermission {
  BROWSE_PROJECTS,
  ADD_COMMENTS,
  EDIT_ISSUES,
  LINK_ISSUES,
  CREATE_ISSUES
}
