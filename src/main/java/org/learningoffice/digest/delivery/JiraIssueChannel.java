package org.learningoffice.digest.delivery;

import java.util.List;
import org.learningoffice.digest.JiraIssueRenderer;
import org.learningoffice.digest.WeekDigest;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraOutcomeUnknownException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.NewIssue;

/** The digest filed as an issue in the learning office's Jira project. */
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
      jira.issues().create(issue);
    } catch (JiraOutcomeUnknownException e) {
      throw new DeliveryOutcomeUnknownException(e.getMessage(), e);
    } catch (JiraException | JiraUnavailableException e) {
      throw new DeliveryException(e.getMessage(), e);
    }
  }
}
