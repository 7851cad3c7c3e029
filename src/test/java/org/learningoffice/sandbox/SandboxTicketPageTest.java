package org.learningoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.config.Secret;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.JiraAuth;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraSite;
import org.learningoffice.jira.JiraTimeouts;
import org.learningoffice.jira.OkHttpJiraClient;
import org.learningoffice.jira.RemoteLink;
import org.learningoffice.jira.RetryPolicy;
import org.learningoffice.testing.HeadlessChromium;
import org.learningoffice.testing.MutableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * {@code /browse/KEY} shows a sandbox ticket as a person would see it in Jira: the comments, remote
 * links and entity properties written through the API, every value escaped. Screenshot {@code
 * target/screenshots/sandbox-ticket.png}.
 */
class SandboxTicketPageTest {
  private static final String EMAIL = "bot@example.com";
  private static final Secret TOKEN = Secret.of("sandbox-token");
  private static final String HOSTILE = "<script>alert('x')</script> & <b>bold</b>";

  private final ObjectMapper json = new ObjectMapper();
  private SandboxJira sandbox;
  private JiraClient jira;
  @TempDir Path profile;

  @BeforeEach
  void start() {
    sandbox =
        new SandboxJira(
                json,
                new MutableClock(Instant.parse("2026-11-23T08:00:00Z")),
                SandboxOrder.bundled(json),
                EMAIL,
                TOKEN)
            .start(0);
    jira =
        OkHttpJiraClient.create(
            new JiraSite(
                sandbox.baseUrl(),
                Optional.of(Deployment.CLOUD),
                new JiraAuth.CloudApiToken(EMAIL, TOKEN),
                new JiraTimeouts(
                    Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)),
                RetryPolicy.defaults()),
            json);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private void writeAsLearningOfficeDoes() {
    jira.remoteLinks()
        .createOrUpdate(
            "ORD-101",
            new RemoteLink(
                "learning-office:ORD-101",
                "Lessons learned — capture form",
                URI.create("http://127.0.0.1:8080/capture/abc"),
                "Tell us what you learned",
                Optional.empty(),
                true));
    jira.comments()
        .add(
            "ORD-101",
            Document.of(
                Document.Paragraph.of(
                    Document.text("Lessons learned: " + HOSTILE + " "),
                    Document.link(
                        "open the form", URI.create("http://127.0.0.1:8080/capture/abc")))));
    jira.properties()
        .set(
            "ORD-101",
            "learning-office",
            json.createObjectNode().put("status", "LESSONS_IN").put("title", HOSTILE));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(sandbox.baseUrl().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theTicketPageShowsCommentsLinksAndPropertiesEscaped() throws Exception {
    writeAsLearningOfficeDoes();

    HttpResponse<String> page = get("/browse/ORD-101");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("Links to web pages (1)")
        .contains(
            "<a href=\"http://127.0.0.1:8080/capture/abc\">Lessons learned — capture form</a>")
        .contains("resolved")
        .contains("Comments (1)")
        .contains(
            "Lessons learned: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;")
        .contains("Entity properties (1)")
        .contains("LESSONS_IN")
        .doesNotContain("<script>")
        .doesNotContain("<b>bold");
    assertThat(sandbox.calls()).as("pages are not API calls").hasSize(3);
  }

  @Test
  void theIndexListsEveryTicketAndAnUnknownKeyIsA404Page() throws Exception {
    HttpResponse<String> index = get("/browse");
    HttpResponse<String> root = get("/");
    HttpResponse<String> unknown = get("/browse/NOPE-1");

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(root.body())
        .as("the sandbox's own address lists the tickets too")
        .isEqualTo(index.body());
    for (String key : sandbox.orderKeys()) {
      assertThat(index.body()).contains("href=\"/browse/" + key + "\"");
    }
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No ticket NOPE-1 in the sandbox");
  }

  @Test
  void theTicketPageFitsAPhoneInChromium() throws Exception {
    HeadlessChromium.assumeInstalled();
    writeAsLearningOfficeDoes();
    WebDriver browser = HeadlessChromium.start(profile, 600, 1400);
    try {
      HeadlessChromium.emulatePhone(browser, 375, 1400);
      browser.get(sandbox.ticketPage("ORD-101").toString());

      assertThat(browser.findElement(By.id("summary")).getText()).isNotBlank();
      assertThat(browser.findElement(By.id("comments")).getText()).contains("<script>");
      long width =
          ((Number)
                  ((JavascriptExecutor) browser)
                      .executeScript("return document.documentElement.scrollWidth"))
              .longValue();
      assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(375);
      HeadlessChromium.screenshot(browser, "sandbox-ticket.png");
    } finally {
      browser.quit();
    }
  }
}
