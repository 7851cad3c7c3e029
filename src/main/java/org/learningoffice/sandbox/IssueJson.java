package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders sandbox tickets the way Jira Cloud's REST v3 and its webhooks shape them: issues, users,
 * statuses, change histories, comments and links, with {@code self} URLs on the sandbox's base.
 */
final class IssueJson {
  static final String STRATEGY_LABEL_PREFIX = "strategy-";
  static final String CUSTOMER_FIELD = "customfield_10060";
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final ObjectMapper json;
  private final String base;

  IssueJson(ObjectMapper json, URI baseUrl) {
    this.json = json;
    this.base = baseUrl.toString().replaceAll("/+$", "");
  }

  static String time(Instant instant) {
    return JIRA_TIME.format(instant);
  }

  /** An absolute URL on the sandbox ({@code path} from the root), as Jira's {@code self} links. */
  String url(String path) {
    return base + path;
  }

  /** A stable, Cloud-looking account id for a display name. */
  static String accountId(String displayName) {
    byte[] bytes =
        UUID.nameUUIDFromBytes(displayName.getBytes(StandardCharsets.UTF_8))
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return HexFormat.of().formatHex(bytes, 0, 12);
  }

  ObjectNode issue(SandboxIssue issue, boolean withChangelog) {
    ObjectNode node = json.createObjectNode();
    node.put("expand", "renderedFields,names,schema,operations,editmeta,changelog");
    node.put("id", String.valueOf(issue.id));
    node.put("self", base + "/rest/api/3/issue/" + issue.id);
    node.put("key", issue.key());
    node.set("fields", fields(issue));
    if (withChangelog) {
      ObjectNode changelog = node.putObject("changelog");
      changelog.put("startAt", 0);
      changelog.put("maxResults", issue.history.size());
      changelog.put("total", issue.history.size());
      ArrayNode histories = changelog.putArray("histories");
      issue.history.forEach(change -> histories.add(history(change)));
    }
    return node;
  }

  ObjectNode fields(SandboxIssue issue) {
    SandboxOrder order = issue.order;
    ObjectNode fields = json.createObjectNode();
    fields.put("summary", order.summary());
    fields.set("status", status(issue.status));
    ObjectNode priority = fields.putObject("priority");
    priority.put("self", base + "/rest/api/3/priority/" + priorityId(order.priority()));
    priority.put("iconUrl", base + "/images/icons/priorities/" + slug(order.priority()) + ".svg");
    priority.put("name", order.priority());
    priority.put("id", priorityId(order.priority()));
    fields.set("assignee", user(order.assignee()));
    fields.set("reporter", user(order.reporter()));
    ArrayNode labels = fields.putArray("labels");
    labels.add(STRATEGY_LABEL_PREFIX + order.strategy().name().toLowerCase(Locale.ROOT));
    fields.putArray("components");
    ObjectNode project = fields.putObject("project");
    String projectKey = order.key().substring(0, order.key().indexOf('-'));
    project.put("self", base + "/rest/api/3/project/10000");
    project.put("id", "10000");
    project.put("key", projectKey);
    project.put("name", "Customer Orders");
    ObjectNode type = fields.putObject("issuetype");
    type.put("self", base + "/rest/api/3/issuetype/10010");
    type.put("id", "10010");
    type.put("name", "Customer Order");
    type.put("subtask", false);
    if (!order.customer().isEmpty()) {
      fields.put(CUSTOMER_FIELD, order.customer());
    }
    fields.put("created", time(issue.created));
    fields.put("updated", time(issue.resolvedAt().orElse(issue.created)));
    if (issue.resolved != null) {
      fields.put("resolutiondate", time(issue.resolved));
    } else {
      fields.putNull("resolutiondate");
    }
    return fields;
  }

  ObjectNode status(SandboxStatus status) {
    ObjectNode node = json.createObjectNode();
    node.put("self", base + "/rest/api/3/status/" + status.id);
    node.put("description", "");
    node.put("iconUrl", base + "/images/icons/statuses/generic.png");
    node.put("name", status.label);
    node.put("id", status.id);
    ObjectNode category = node.putObject("statusCategory");
    category.put("self", base + "/rest/api/3/statuscategory/" + status.categoryId);
    category.put("id", status.categoryId);
    category.put("key", status.categoryKey);
    category.put("colorName", status.categoryColour);
    category.put("name", status.categoryName);
    return node;
  }

  ObjectNode user(String displayName) {
    String accountId = accountId(displayName);
    ObjectNode user = json.createObjectNode();
    user.put("self", base + "/rest/api/3/user?accountId=" + accountId);
    user.put("accountId", accountId);
    user.put("accountType", "atlassian");
    user.put("displayName", displayName);
    user.put("active", true);
    user.put("timeZone", "Etc/UTC");
    return user;
  }

  ObjectNode history(SandboxIssue.StatusChange change) {
    ObjectNode node = json.createObjectNode();
    node.put("id", String.valueOf(change.id()));
    node.set("author", user(change.author()));
    node.put("created", time(change.at()));
    node.putArray("items").add(statusItem(change));
    return node;
  }

  ObjectNode statusItem(SandboxIssue.StatusChange change) {
    ObjectNode item = json.createObjectNode();
    item.put("field", "status");
    item.put("fieldtype", "jira");
    item.put("fieldId", "status");
    item.put("from", change.from().id);
    item.put("fromString", change.from().label);
    item.put("to", change.to().id);
    item.put("toString", change.to().label);
    return item;
  }

  ObjectNode comment(SandboxIssue issue, SandboxIssue.Comment comment) {
    ObjectNode node = json.createObjectNode();
    node.put("self", base + "/rest/api/3/issue/" + issue.id + "/comment/" + comment.id());
    node.put("id", String.valueOf(comment.id()));
    node.set("author", user("Learning Office Bot"));
    node.set("body", comment.body());
    node.put("created", time(comment.at()));
    node.put("updated", time(comment.at()));
    return node;
  }

  ObjectNode link(String issueKey, SandboxIssue.Link link) {
    ObjectNode node = json.createObjectNode();
    node.put("id", link.id());
    node.put("self", base + "/rest/api/3/issue/" + issueKey + "/remotelink/" + link.id());
    if (link.globalId() != null) {
      node.put("globalId", link.globalId());
    }
    node.set("object", link.object());
    return node;
  }

  /** The body of a {@code jira:issue_created} or {@code jira:issue_updated} webhook. */
  ObjectNode webhook(String event, SandboxIssue issue, SandboxIssue.StatusChange change) {
    ObjectNode node = json.createObjectNode();
    Instant at = change == null ? issue.created : change.at();
    node.put("timestamp", at.toEpochMilli());
    node.put("webhookEvent", event);
    node.put("issue_event_type_name", change == null ? "issue_created" : "issue_generic");
    node.set("user", user(change == null ? issue.order.reporter() : change.author()));
    ObjectNode body = node.putObject("issue");
    body.put("id", String.valueOf(issue.id));
    body.put("self", base + "/rest/api/3/issue/" + issue.id);
    body.put("key", issue.key());
    body.set("fields", fields(issue));
    if (change != null) {
      ObjectNode changelog = node.putObject("changelog");
      changelog.put("id", String.valueOf(change.id()));
      changelog.putArray("items").add(statusItem(change));
    }
    return node;
  }

  private static String priorityId(String name) {
    return switch (name) {
      case "Highest" -> "1";
      case "High" -> "2";
      case "Low" -> "4";
      case "Lowest" -> "5";
      default -> "3";
    };
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '-');
  }
}
