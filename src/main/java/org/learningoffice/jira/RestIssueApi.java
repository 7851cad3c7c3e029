package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Get issue (with changelog) and create issue. */
final class RestIssueApi implements IssueApi {
  private static final int CHANGELOG_PAGE = 100;

  private final JiraTransport transport;
  private final ServerInfoApi server;
  private final IssueReader reader;
  private final DocumentBodies bodies;

  RestIssueApi(
      JiraTransport transport, ServerInfoApi server, IssueReader reader, DocumentBodies bodies) {
    this.transport = transport;
    this.server = server;
    this.reader = reader;
    this.bodies = bodies;
  }

  @Override
  public Issue get(String issueKey, List<String> extraFields) {
    return reader.read(transport.send(getCall(issueKey, extraFields)));
  }

  @Override
  public Issue getWithChangelog(String issueKey, List<String> extraFields) {
    JsonNode answer =
        transport.send(getCall(issueKey, extraFields).withQuery("expand", "changelog"));
    Issue issue = reader.read(answer);
    JsonNode changelog = answer.path("changelog");
    boolean cutShort = changelog.path("total").asInt(0) > changelog.path("histories").size();
    if (!cutShort || server.deployment() != Deployment.CLOUD) {
      return issue;
    }
    return withChangelog(issue, fullCloudChangelog(issueKey));
  }

  @Override
  public IssueRef create(NewIssue issue) {
    Deployment deployment = server.deployment();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode fields = body.putObject("fields");
    fields.putObject("project").put("key", issue.projectKey());
    fields.putObject("issuetype").put("name", issue.issueTypeName());
    fields.put("summary", issue.summary());
    fields.set("description", bodies.render(deployment, issue.description()));
    issue.labels().forEach(fields.putArray("labels")::add);
    JsonNode created =
        transport.send(JiraCall.creatingPost(JiraCall.path(deployment, "issue"), body));
    return new IssueRef(created.path("id").asText(), created.path("key").asText());
  }

  private JiraCall getCall(String issueKey, List<String> extraFields) {
    return JiraCall.get(JiraCall.path(server.deployment(), "issue", issueKey))
        .withQuery("fields", String.join(",", RestSearchApi.fieldsOf(extraFields)));
  }

  /** Cloud cuts {@code expand=changelog} at 100 entries; its changelog resource pages the rest. */
  private List<ChangelogEntry> fullCloudChangelog(String issueKey) {
    List<ChangelogEntry> entries = new ArrayList<>();
    String path = JiraCall.path(Deployment.CLOUD, "issue", issueKey, "changelog");
    while (true) {
      JsonNode page =
          transport.send(
              JiraCall.get(path)
                  .withQuery("startAt", Integer.toString(entries.size()))
                  .withQuery("maxResults", Integer.toString(CHANGELOG_PAGE)));
      List<ChangelogEntry> values = reader.changelog(page.path("values"));
      entries.addAll(values);
      boolean last =
          page.path("isLast").asBoolean(false)
              || values.isEmpty()
              || entries.size() >= page.path("total").asInt(Integer.MAX_VALUE);
      if (last) {
        return entries;
      }
    }
  }

  private static Issue withChangelog(Issue issue, List<ChangelogEntry> changelog) {
    return new Issue(
        issue.id(),
        issue.key(),
        issue.summary(),
        issue.status(),
        issue.priority(),
        issue.assignee(),
        issue.labels(),
        issue.components(),
        issue.created(),
        issue.resolved(),
        issue.otherFields(),
        changelog);
  }
}
