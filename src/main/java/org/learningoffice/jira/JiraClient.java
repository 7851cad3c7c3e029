package org.learningoffice.jira;

/**
 * A Jira site, Cloud or Data Center, by area. Calls are synchronous and thread-safe; they throw
 * {@link JiraException} when Jira refuses, {@link JiraUnavailableException} when it cannot be
 * reached in the time the retry policy allows, and {@link JiraOutcomeUnknownException} when a
 * create may or may not have happened.
 */
public interface JiraClient {
  ServerInfoApi server();

  AccountApi account();

  FieldApi fields();

  SearchApi search();

  IssueApi issues();

  CommentApi comments();

  RemoteLinkApi remoteLinks();

  IssueLinkApi issueLinks();

  ProjectApi projects();

  IssuePropertyApi properties();

  WebhookApi webhooks();
}
