package org.learningoffice.jira;

import java.util.List;

/** Reading and creating issues. */
public interface IssueApi {
  /** The issue with its typed fields and the extra fields asked for, without changelog. */
  Issue get(String issueKey, List<String> extraFields);

  /** The issue with its whole changelog (paged in when Jira cuts it short). */
  Issue getWithChangelog(String issueKey, List<String> extraFields);

  /** Creates an issue. Not retried once it may have reached Jira. */
  IssueRef create(NewIssue issue);
}
