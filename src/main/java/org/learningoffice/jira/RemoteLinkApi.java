package org.learningoffice.jira;

/** Remote issue links ("web links") on issues. */
public interface RemoteLinkApi {
  /** Creates the link, or updates the issue's link with the same global id. */
  RemoteLinkRef createOrUpdate(String issueKey, RemoteLink link);
}
