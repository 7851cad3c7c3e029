package org.learningoffice.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.Secret;

/**
 * A small Jira Cloud that runs in-process for {@code demo}: the REST v3 calls Learning Office makes
 * (server info, sign-in, permissions, fields, enhanced JQL search, issues with changelog, comments,
 * remote links, issue links, entity properties, issue creation), answered in Jira's documented
 * shapes over real HTTP with basic auth, on seeded order tickets; and {@code /browse/KEY}, the
 * ticket as a person would see it in Jira. Tests check its API answers against Atlassian's OpenAPI
 * spec.
 */
public final class SandboxJira implements AutoCloseable {
  private static final String ORDER_LINK_PREFIX = "learning-office:";

  private final ObjectMapper json;
  private final SandboxIssues issues;
  private final ApiGate gate;
  private final List<SandboxResource> resources;
  private Javalin app;
  // the answers carry the sandbox's own URL, known only once it listens
  private volatile IssueJson render;

  public SandboxJira(
      ObjectMapper json, Clock clock, List<SandboxOrder> seed, String email, Secret apiToken) {
    this.json = json;
    this.issues = new SandboxIssues(seed, clock);
    JiraReplies replies = new JiraReplies(json);
    this.gate = new ApiGate(email, apiToken, replies);
    this.resources =
        List.of(
            new SiteResource(replies, this::render, clock),
            new SearchResource(replies, issues, this::render, clock),
            new IssueResource(replies, issues, this::render),
            new CommentResource(replies, issues, this::render),
            new RemoteLinkResource(replies, issues, this::render),
            new IssueLinkResource(replies, issues),
            new PropertyResource(replies, issues),
            new TicketPage(issues));
  }

  /** Starts listening on {@code port} (0: any free port) of the loopback interface. */
  public synchronized SandboxJira start(int port) {
    if (app != null) {
      throw new IllegalStateException("the sandbox Jira is already running");
    }
    app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jetty.host = "127.0.0.1";
              // plain bodies, as a test proxy in front of the sandbox must read them
              c.http.compressionStrategy = CompressionStrategy.NONE;
              resources.forEach(resource -> resource.addTo(c.routes, gate));
            });
    app.start(port);
    render = new IssueJson(json, baseUrl());
    return this;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + app.port());
  }

  /**
   * Where a person sees a ticket as Jira would show it ({@code /browse/KEY}); the list of tickets
   * for an empty key.
   */
  public URI ticketPage(String key) {
    return baseUrl()
        .resolve(
            key.isEmpty()
                ? "/browse"
                : "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
  }

  /** The keys of the seeded order tickets, in seed order. */
  public List<String> orderKeys() {
    return issues.readAll(SandboxIssue::key);
  }

  /**
   * Creates a ticket now (as a person in Jira would) and returns its {@code jira:issue_created}
   * webhook body; empty when the key is taken.
   */
  public Optional<ObjectNode> create(SandboxOrder order) {
    return issues.add(order) ? createdEvent(order.key()) : Optional.empty();
  }

  /** The {@code jira:issue_created} webhook body of a ticket. */
  public Optional<ObjectNode> createdEvent(String key) {
    return issues.read(key, issue -> render.webhook("jira:issue_created", issue, null));
  }

  /**
   * Moves a ticket to Done and returns the {@code jira:issue_updated} webhook body Jira would send;
   * empty when the ticket is unknown or already done.
   */
  public Optional<ObjectNode> close(String key) {
    return issues
        .close(key)
        .flatMap(
            change ->
                issues.read(key, issue -> render.webhook("jira:issue_updated", issue, change)));
  }

  /** The URL of the ticket's capture-form link, once Learning Office has attached it. */
  public Optional<String> formUrl(String key) {
    return issues
        .read(key, issue -> issue.links.get(ORDER_LINK_PREFIX + key))
        .flatMap(Optional::ofNullable)
        .map(link -> link.object().path("url").asText());
  }

  /** Whether the capture-form link shows the lessons as in ({@code status.resolved}). */
  public boolean formLinkResolved(String key) {
    return issues
        .read(key, issue -> issue.links.get(ORDER_LINK_PREFIX + key))
        .flatMap(Optional::ofNullable)
        .map(link -> link.object().path("status").path("resolved").asBoolean(false))
        .orElse(false);
  }

  /** A ticket linked to another by an issue link: its key, its summary and the link type. */
  public record LinkedIssue(String key, String summary, String type) {}

  /** The tickets linked to this one by issue links, oldest link first. */
  public List<LinkedIssue> linkedIssues(String key) {
    return issues
        .read(
            key,
            issue ->
                issue.issueLinks.stream()
                    .map(
                        link ->
                            new LinkedIssue(
                                link.otherKey(),
                                issues.summaryOf(link.otherKey()).orElse(""),
                                link.type()))
                    .toList())
        .orElse(List.of());
  }

  public int commentCount(String key) {
    return issues.read(key, issue -> issue.comments.size()).orElse(0);
  }

  public Optional<JsonNode> property(String key, String name) {
    return issues.read(key, issue -> issue.properties.get(name)).flatMap(Optional::ofNullable);
  }

  /** Every API call answered so far, as {@code METHOD path}, oldest first. */
  public List<String> calls() {
    return gate.calls();
  }

  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  private IssueJson render() {
    return render;
  }
}
