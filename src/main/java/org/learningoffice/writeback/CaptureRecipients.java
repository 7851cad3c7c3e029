package org.learningoffice.writeback;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraUser;
import org.learningoffice.jira.UserId;
import org.learningoffice.order.Person;
import org.learningoffice.order.StoredOrder;

/**
 * Whom a capture comment mentions: the order's people in the roles {@code capture.mention} names
 * (assignee by default), each once, as Jira identifies users on this deployment.
 */
final class CaptureRecipients {
  private final CaptureConfig config;
  private final JiraClient jira;

  @Inject
  CaptureRecipients(CaptureConfig config, JiraClient jira) {
    this.config = config;
    this.jira = jira;
  }

  List<JiraUser> of(StoredOrder order) {
    List<JiraUser> users = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (CaptureConfig.MentionRole role : config.mention()) {
      for (Person person : order.people()) {
        if (person.role().equals(role.name()) && !seen.contains(person.id())) {
          seen.add(person.id());
          users.add(new JiraUser(userId(person.id()), person.displayName()));
        }
      }
    }
    return List.copyOf(users);
  }

  private UserId userId(String id) {
    return jira.server().deployment() == Deployment.CLOUD
        ? new UserId.AccountId(id)
        : new UserId.Username(id);
  }
}
