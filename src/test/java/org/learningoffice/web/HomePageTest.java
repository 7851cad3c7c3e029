package org.learningoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** {@code GET /} is a small HTML page that says where to go, not a JSON 404. */
class HomePageTest {

  private static HttpResponse<String> home(TestApp app) throws Exception {
    return page(app, "/");
  }

  private static HttpResponse<String> page(TestApp app, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theHomePageLinksTheDashboardAndHealth() throws Exception {
    try (TestApp app = TestApp.from("base.yml").database(TestDatabase.Kind.H2).serveHttp()) {
      HttpResponse<String> page = home(app);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body())
          .contains("<a id=\"office-link\" href=\"/office\">")
          .contains("<a id=\"health-link\" href=\"/health\">")
          .doesNotContain("id=\"extra-links\"");
    }
  }

  @Test
  void theHealthLinkDescribesWhatHealthReports() throws Exception {
    try (TestApp app = TestApp.from("base.yml").database(TestDatabase.Kind.H2).serveHttp()) {
      String health = page(app, "/health").body();

      assertThat(home(app).body()).contains("(JSON: database, queues, digest delivery)");
      assertThat(health)
          .contains("\"database\"")
          .contains("\"digest")
          .doesNotContainIgnoringCase("jira");
    }
  }

  @Test
  void extraLinksAreListedEscaped() throws Exception {
    HomeLinks links =
        new HomeLinks(
            "Sandbox Jira",
            Map.of("ORD-1 — <b>press</b>", URI.create("http://127.0.0.1:9/browse/ORD-1")));
    try (TestApp app =
        TestApp.from("base.yml")
            .database(TestDatabase.Kind.H2)
            .override(binder -> binder.bind(HomeLinks.class).toInstance(links))
            .serveHttp()) {
      String body = home(app).body();

      assertThat(body)
          .contains("<h2>Sandbox Jira</h2>")
          .contains(
              "<a href=\"http://127.0.0.1:9/browse/ORD-1\">ORD-1 — &lt;b&gt;press&lt;/b&gt;</a>");
    }
  }
}
