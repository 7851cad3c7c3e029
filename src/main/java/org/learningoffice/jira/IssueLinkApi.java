package org.learningoffice.jira;

/** Issue links between two issues ("relates to", "blocks", ...). */
public interface IssueLinkApi {
  /**
   * Links {@code outwardIssueKey} to {@code inwardIssueKey} with the link type named {@code
   * typeName} (e.g. {@code Relates}). Jira answers a link that exists already as created, and adds
   * none, so sending this twice is harmless.
   */
  void link(String typeName, String outwardIssueKey, String inwardIssueKey);
}
