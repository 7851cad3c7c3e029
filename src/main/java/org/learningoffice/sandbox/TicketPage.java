package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.web.HtmlText;

/**
 * What Jira would show a person: {@code GET /browse/KEY} renders a sandbox ticket with its fields,
 * the comments, remote links, issue links and entity properties Learning Office wrote to it, and
 * {@code GET /browse} (and {@code /}) lists the tickets. Every value is HTML-escaped; only http(s)
 * links become links. Pages for a browser on the demo's own machine, so outside the API's basic
 * auth.
 */
final class TicketPage implements SandboxResource {
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

  private final SandboxIssues issues;

  TicketPage(SandboxIssues issues) {
    this.issues = issues;
  }

  @Override
  public void addTo(RoutesConfig routes, ApiGate gate) {
    routes.get("/", this::index);
    routes.get("/browse", this::index);
    routes.get("/browse/{key}", this::ticket);
  }

  private void index(Context ctx) {
    StringBuilder html = head("Sandbox Jira — order tickets");
    html.append("<h1>Sandbox Jira: order tickets</h1>\n<ul id=\"tickets\">\n");
    for (String row :
        issues.readAll(
            issue ->
                "<li><a href=\"/browse/"
                    + HtmlText.escape(issue.key())
                    + "\">"
                    + HtmlText.escape(issue.key())
                    + "</a> "
                    + HtmlText.escape(issue.order.summary())
                    + " <span class=\"status\">"
                    + HtmlText.escape(issue.status.label)
                    + "</span></li>\n")) {
      html.append(row);
    }
    html.append("</ul>\n</body>\n</html>\n");
    send(ctx, 200, html.toString());
  }

  private void ticket(Context ctx) {
    String key = ctx.pathParam("key");
    Optional<String> page = issues.read(key, this::render);
    if (page.isEmpty()) {
      StringBuilder html = head("Not found");
      html.append("<h1>No ticket ")
          .append(HtmlText.escape(key))
          .append(" in the sandbox</h1>\n<p><a href=\"/browse\">All tickets</a></p>\n")
          .append("</body>\n</html>\n");
      send(ctx, 404, html.toString());
      return;
    }
    send(ctx, 200, page.get());
  }

  private String render(SandboxIssue issue) {
    SandboxOrder order = issue.order;
    StringBuilder html = head(issue.key() + " " + order.summary());
    html.append("<p><a href=\"/browse\">Sandbox Jira</a> / ")
        .append(HtmlText.escape(issue.key()))
        .append("</p>\n<h1 id=\"summary\">")
        .append(HtmlText.escape(order.summary()))
        .append("</h1>\n<dl class=\"fields\">\n");
    field(html, "Status", issue.status.label);
    field(html, "Customer", order.customer().isEmpty() ? "—" : order.customer());
    field(html, "Labels", "strategy-" + order.strategy().name().toLowerCase(Locale.ROOT));
    field(html, "Priority", order.priority());
    field(html, "Assignee", order.assignee());
    field(html, "Reporter", order.reporter());
    field(html, "Created", day(issue.created));
    issue.resolvedAt().ifPresent(at -> field(html, "Resolved", day(at)));
    html.append("</dl>\n");

    html.append("<h2>Links to web pages (").append(issue.links.size()).append(")</h2>\n");
    html.append("<ul id=\"remote-links\">\n");
    for (SandboxIssue.Link link : issue.links.values()) {
      JsonNode object = link.object();
      html.append("<li>")
          .append(anchor(object.path("url").asText(), object.path("title").asText("(untitled)")));
      if (object.path("status").path("resolved").asBoolean(false)) {
        html.append(" <span class=\"resolved\">resolved</span>");
      }
      if (!object.path("summary").asText().isEmpty()) {
        html.append(" — ").append(HtmlText.escape(object.path("summary").asText()));
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");

    html.append("<h2>Linked issues (").append(issue.issueLinks.size()).append(")</h2>\n");
    html.append("<ul id=\"issue-links\">\n");
    for (SandboxIssue.IssueLink link : issue.issueLinks) {
      html.append("<li>")
          .append(HtmlText.escape(link.type()))
          .append(link.outward() ? " (outward) " : " (inward) ")
          .append("<a href=\"/browse/")
          .append(HtmlText.escape(URLEncoder.encode(link.otherKey(), StandardCharsets.UTF_8)))
          .append("\">")
          .append(HtmlText.escape(link.otherKey()))
          .append("</a> ")
          .append(HtmlText.escape(issues.summaryOf(link.otherKey()).orElse("")))
          .append("</li>\n");
    }
    html.append("</ul>\n");

    html.append("<h2>Comments (").append(issue.comments.size()).append(")</h2>\n");
    html.append("<div id=\"comments\">\n");
    for (SandboxIssue.Comment comment : issue.comments) {
      AdfText text = AdfText.of(comment.body());
      html.append("<article class=\"comment\"><p class=\"meta\">Learning Office Bot · ")
          .append(HtmlText.escape(day(comment.at())))
          .append("</p>\n");
      for (String paragraph : text.paragraphs()) {
        // a list's items, or a hard break, each on a line of their own
        html.append("<p>")
            .append(
                String.join(
                    "<br>\n",
                    paragraph
                        .lines()
                        .filter(line -> !line.isBlank())
                        .map(HtmlText::escape)
                        .toList()))
            .append("</p>\n");
      }
      for (String href : text.links()) {
        html.append("<p class=\"link\">").append(anchor(href, href)).append("</p>\n");
      }
      html.append("</article>\n");
    }
    html.append("</div>\n");

    html.append("<h2>Entity properties (").append(issue.properties.size()).append(")</h2>\n");
    html.append("<div id=\"properties\">\n");
    for (Map.Entry<String, JsonNode> property : issue.properties.entrySet()) {
      html.append("<h3>")
          .append(HtmlText.escape(property.getKey()))
          .append("</h3>\n<pre>")
          .append(HtmlText.escape(property.getValue().toPrettyString()))
          .append("</pre>\n");
    }
    html.append("</div>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void field(StringBuilder html, String name, String value) {
    html.append("<dt>")
        .append(HtmlText.escape(name))
        .append("</dt><dd>")
        .append(HtmlText.escape(value))
        .append("</dd>\n");
  }

  /** A link only for http(s) targets; anything else (javascript:, data:) stays text. */
  private static String anchor(String href, String text) {
    String lower = href.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return "<a href=\"" + HtmlText.escape(href.strip()) + "\">" + HtmlText.escape(text) + "</a>";
    }
    return HtmlText.escape(text) + (href.isEmpty() ? "" : " (" + HtmlText.escape(href) + ")");
  }

  private static String day(Instant at) {
    return at.toString().substring(0, 16).replace('T', ' ') + " UTC";
  }

  private static StringBuilder head(String title) {
    return new StringBuilder()
        .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(HtmlText.escape(title))
        .append(" — Sandbox Jira</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;"
          + "color:#172b4d;overflow-wrap:anywhere}"
          + "dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}"
          + "dt{font-weight:600}dd{margin:0}"
          + ".comment{border-left:3px solid #dfe1e6;padding-left:.75rem;margin:1rem 0}"
          + ".meta{color:#5e6c84;font-size:.9rem}.resolved{color:#216e4e;font-weight:600}"
          + "pre{background:#f4f5f7;padding:.5rem;overflow-x:auto;white-space:pre-wrap}";

  private static void send(Context ctx, int status, String html) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html);
  }
}
