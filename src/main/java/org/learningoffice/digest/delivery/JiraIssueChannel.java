package org.learningoffice.digest.delivery;

import java.util.List;
import org.learningoffice.digest.JiraIssueRenderer;
import org.learningoffice.digest.WeekDigest;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraOutcomeUnknownException;
import org.learningoffice.jira.JiraUnavailableException;

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
  public void deliver(WeekDigest week, String recipient) {
    try {
      jira.issues().create(renderer.render(week.digest(), projectKey, issueType));
    } catch (JiraOutcomeUnknownException e) {
      throw new DeliveryOutcomeUnknownException(e.getMessage(), e);
    } catch (JiraException | JiraUnavailableException e) {
      throw new DeliveryException(e.getMessage(), e);
    }
  }
}
