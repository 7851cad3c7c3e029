package org.learningoffice.digest.delivery;

import java.util.List;
import org.learningoffice.digest.JiraIssueRenderer;
import org.learningoffice.digest.WeekDigest;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraOutcomeUnknownException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.Jql;
import org.learningoffice.jira.NewIssue;
import org.learningoffice.jira.SearchQuery;

/**
 * The digest filed as an issue in the learning office's Jira project, once a week: each attempt
 * first looks for the week's issue (by its labels), so an attempt whose answer was lost (a 503 from
 * a gateway, a broken connection) is followed by a retry that finds it instead of filing it again.
 */
public final class JiraIssueChannel implements DigestChannel {
  private final JiraClient jira;
  private final JiraIssueRenderer renderer;
  private final String projectKey;
  private final String issueType;

  public JiraIssueChannel(
      JiraClient jira, JiraIssueRenderer renderer, String projectKey, String issueType) {
    this.jira = jira;
    this.renderer = renderer;
    this.projectKey = projectKey;
    this.issueType = issueType;
  }

  @Override
  public Channel channel() {
    return Channel.JIRA;
  }

  @Override
  public List<String> recipients() {
    return List.of(projectKey);
  }

  @Override
  public Delivery prepare(WeekDigest week, String recipient) {
    NewIssue issue = renderer.render(week.digest(), projectKey, issueType);
    return () -> create(issue);
  }

  private void create(NewIssue issue) {
    try {
      if (filedAlready(issue)) {
        return;
      }
      jira.issues().create(issue);
    } catch (JiraOutcomeUnknownException e) {
      throw new DeliveryException(
          e.getMessage() + "; the next attempt looks for the week's issue before it files one", e);
    } catch (JiraException | JiraUnavailableException e) {
      throw new DeliveryException(e.getMessage(), e);
    }
  }

  /**
   * Whether the project holds an issue with every label of this one (the week's): filed by an
   * earlier attempt whose answer was lost, so that a retry never files the week twice.
   */
  private boolean filedAlready(NewIssue issue) {
    StringBuilder jql = new StringBuilder("project = ").append(Jql.quoted(projectKey));
    issue.labels().forEach(label -> jql.append(" AND labels = ").append(Jql.quoted(label)));
    return jira.search()
        .issues(SearchQuery.of(jql.toString()).withPageSize(1))
        .findFirst()
        .isPresent();
  }
}
