package org.learningoffice.digest;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.config.ServerConfig;

/** Where the digest's links point: Jira tickets and the lesson-capture forms of orders. */
public final class TicketLinks {
  private final String jiraBaseUrl;
  private final String publicBaseUrl;
  private final FormTokenSigner signer;

  @Inject
  TicketLinks(JiraConfig jira, ServerConfig server, FormTokenSigner signer) {
    this(jira.baseUrl(), server.publicBaseUrl(), signer);
  }

  TicketLinks(URI jiraBaseUrl, URI publicBaseUrl, FormTokenSigner signer) {
    this.jiraBaseUrl = withoutTrailingSlash(jiraBaseUrl);
    this.publicBaseUrl = withoutTrailingSlash(publicBaseUrl);
    this.signer = signer;
  }

  /** {@code jira.baseUrl + /browse/KEY}. */
  public URI ticket(String issueKey) {
    return URI.create(
        jiraBaseUrl + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8));
  }

  /** The office dashboard's page of one week ({@code /office?week=2026-W48}). */
  public URI dashboard(IsoWeek week) {
    return URI.create(publicBaseUrl + "/office?week=" + week);
  }

  /** The order's capture form, with a freshly signed token. */
  URI form(String issueId) {
    return URI.create(publicBaseUrl + "/capture/" + signer.sign(issueId));
  }

  private static String withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
