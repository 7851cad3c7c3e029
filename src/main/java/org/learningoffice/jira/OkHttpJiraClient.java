package org.learningoffice.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;

/**
 * The {@link JiraClient} on OkHttp and Jackson. Holds no per-call state; its calls share one {@link
 * JiraRateGate}, so create one client per site.
 */
public final class OkHttpJiraClient implements JiraClient {
  private final ServerInfoApi server;
  private final AccountApi account;
  private final FieldApi fields;
  private final SearchApi search;
  private final IssueApi issues;
  private final CommentApi comments;
  private final RemoteLinkApi remoteLinks;
  private final IssueLinkApi issueLinks;
  private final ProjectApi projects;
  private final IssuePropertyApi properties;
  private final WebhookApi webhooks;

  public OkHttpJiraClient(
      JiraSite site, OkHttpClient http, ObjectMapper json, RetryEnvironment environment) {
    this(site, http, json, environment, JiraGrant.none());
  }

  /** A client that uses {@code grant} instead of the site's credentials while it offers one. */
  public OkHttpJiraClient(
      JiraSite site,
      OkHttpClient http,
      ObjectMapper json,
      RetryEnvironment environment,
      JiraGrant grant) {
    // one gate per client, so every call to this site shares Jira's rate limit
    JiraRateGate gate = new JiraRateGate(environment.clock(), environment.sleeper());
    JiraTransport transport = new JiraTransport(site, http, json, environment, gate, grant);
    IssueReader reader = new IssueReader();
    DocumentBodies bodies = new DocumentBodies();
    this.server = new RestServerInfoApi(transport, site.deployment());
    this.account = new RestAccountApi(transport, server);
    this.fields = new RestFieldApi(transport, server);
    this.search = new RestSearchApi(transport, server, reader);
    this.issues = new RestIssueApi(transport, server, reader, bodies);
    this.comments = new RestCommentApi(transport, server, bodies);
    this.remoteLinks = new RestRemoteLinkApi(transport, server);
    this.issueLinks = new RestIssueLinkApi(transport, server);
    this.projects = new RestProjectApi(transport, server);
    this.properties = new RestIssuePropertyApi(transport, server);
    this.webhooks = new RestWebhookApi(transport);
  }

  /** A client with its own OkHttp client (see {@link #httpClientFor}) and real time. */
  public static OkHttpJiraClient create(JiraSite site, ObjectMapper json) {
    return new OkHttpJiraClient(site, httpClientFor(site), json, RetryEnvironment.system());
  }

  /**
   * An OkHttp client with the site's timeouts. OkHttp's own silent retry is off: {@link
   * JiraTransport} decides what may be sent again. Redirects are not followed either: OkHttp would
   * turn a redirected POST or PUT (a comment, a property) into a GET that answers 200, and the
   * write would seem done; the transport reports the redirect instead.
   */
  public static OkHttpClient httpClientFor(JiraSite site) {
    return new OkHttpClient.Builder()
        .connectTimeout(site.timeouts().connect())
        .readTimeout(site.timeouts().read())
        .writeTimeout(site.timeouts().read())
        .callTimeout(site.timeouts().call())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
  }

  @Override
  public ServerInfoApi server() {
    return server;
  }

  @Override
  public AccountApi account() {
    return account;
  }

  @Override
  public FieldApi fields() {
    return fields;
  }

  @Override
  public SearchApi search() {
    return search;
  }

  @Override
  public IssueApi issues() {
    return issues;
  }

  @Override
  public CommentApi comments() {
    return comments;
  }

  @Override
  public RemoteLinkApi remoteLinks() {
    return remoteLinks;
  }

  @Override
  public IssueLinkApi issueLinks() {
    return issueLinks;
  }

  @Override
  public ProjectApi projects() {
    return projects;
  }

  @Override
  public IssuePropertyApi properties() {
    return properties;
  }

  @Override
  public WebhookApi webhooks() {
    return webhooks;
  }
}
