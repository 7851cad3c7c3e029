package org.learningoffice.jira;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Create issue link ({@code POST /rest/api/{2,3}/issueLink}), without a comment. */
final class RestIssueLinkApi implements IssueLinkApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;

  RestIssueLinkApi(JiraTransport transport, ServerInfoApi server) {
    this.transport = transport;
    this.server = server;
  }

  @Override
  public void link(String typeName, String outwardIssueKey, String inwardIssueKey) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("type").put("name", typeName);
    body.putObject("outwardIssue").put("key", outwardIssueKey);
    body.putObject("inwardIssue").put("key", inwardIssueKey);
    // Jira takes a duplicate link as created and adds no second one (a comment would be added
    // again, so none is sent): the call may be repeated
    transport.send(JiraCall.idempotentPost(JiraCall.path(server.deployment(), "issueLink"), body));
  }
}
