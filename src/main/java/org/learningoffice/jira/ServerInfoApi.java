package org.learningoffice.jira;

/** The site itself: {@code serverInfo} and whether it is Cloud or Data Center. */
public interface ServerInfoApi {
  /** {@code GET /rest/api/2/serverInfo}, which both Cloud and Data Center answer. */
  ServerInfo serverInfo();

  /** The configured deployment, or the one {@code serverInfo} reports (asked once). */
  Deployment deployment();
}
