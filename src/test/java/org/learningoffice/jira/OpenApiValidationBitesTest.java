package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningoffice.testing.jira.JiraWireMock;

/** The spec check is real: wrong requests and wrongly shaped stubs are caught. */
class OpenApiValidationBitesTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();

  @Test
  void aCorrectCallPassesTheCheck() {
    jira.server()
        .stubFor(
            get("/rest/api/3/myself").willReturn(okJson(TestJira.fixture("cloud/myself.json"))));

    JiraUser me = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time).account().myself();

    assertThat(me.displayName()).isEqualTo("Learning Office Bot");
    assertThat(jira.takeViolations()).isEmpty();
  }

  @Test
  void aWronglyShapedStubbedAnswerIsCaught() {
    jira.server()
        .stubFor(
            post("/rest/api/3/search/jql")
                .willReturn(okJson("{\"issues\": [], \"isLast\": \"yes\", \"nextPageToken\": 7}")));

    TestJira.client(TestJira.cloudSite(jira.baseUrl()), time)
        .search()
        .pages(SearchQuery.of("project = ORD"))
        .iterator()
        .next();

    assertThat(jira.takeViolations())
        .anySatisfy(violation -> assertThat(violation).contains("/isLast"))
        .anySatisfy(violation -> assertThat(violation).contains("/nextPageToken"));
  }

  @Test
  void aWrongRequestIsCaught() throws IOException {
    jira.server().stubFor(post("/rest/api/3/search/jql").willReturn(okJson("{\"issues\": []}")));
    Request wrong =
        new Request.Builder()
            .url(jira.baseUrl() + "/rest/api/3/search/jql")
            .header("Authorization", "Basic Ym90OnRva2Vu")
            .post(
                RequestBody.create(
                    "{\"jql\": 42, \"startAt\": 0}", MediaType.get("application/json")))
            .build();

    try (Response response = new OkHttpClient().newCall(wrong).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }

    assertThat(jira.takeViolations())
        .anySatisfy(violation -> assertThat(violation).contains("/jql"))
        .anySatisfy(violation -> assertThat(violation).contains("startAt"));
  }

  @Test
  void anUnknownOperationIsCaught() throws IOException {
    jira.server().stubFor(get("/rest/api/3/no-such-thing").willReturn(okJson("{}")));
    Request unknown =
        new Request.Builder()
            .url(jira.baseUrl() + "/rest/api/3/no-such-thing")
            .header("Authorization", "Basic Ym90OnRva2Vu")
            .build();

    try (Response response = new OkHttpClient().newCall(unknown).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }

    assertThat(jira.takeViolations())
        .anySatisfy(violation -> assertThat(violation).contains("validation.request.path.missing"));
  }

  @Test
  void aWronglyShapedErrorAnswerIsCaught() {
    jira.server()
        .stubFor(
            get("/rest/api/3/myself")
                .willReturn(
                    aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"no\", \"errorMessages\": \"no\"}")));

    assertThatThrownBy(
            () -> TestJira.client(TestJira.cloudSite(jira.baseUrl()), time).account().myself())
        .isInstanceOf(JiraException.class);

    assertThat(jira.takeViolations())
        .anySatisfy(violation -> assertThat(violation).contains("unexpected key message"))
        .anySatisfy(violation -> assertThat(violation).contains("errorMessages must be"));
  }

  @Test
  void theDataCenterCommentExemptionCoversOnlyAWikiMarkupString() throws IOException {
    jira.server()
        .stubFor(
            post("/rest/api/2/issue/ORD-1/comment")
                .willReturn(
                    okJson(TestJira.fixture("datacenter/comment-created.json")).withStatus(201)));
    for (String body : List.of("{\"body\": \"*wiki*\"}", "{\"body\": 42, \"visibility\": 7}")) {
      Request request =
          new Request.Builder()
              .url(jira.baseUrl() + "/rest/api/2/issue/ORD-1/comment")
              .header("Authorization", "Bearer pat")
              .post(RequestBody.create(body, MediaType.get("application/json")))
              .build();
      try (Response response = new OkHttpClient().newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(201);
      }
    }

    assertThat(jira.takeViolations())
        .noneSatisfy(violation -> assertThat(violation).contains("(string)"))
        .anySatisfy(violation -> assertThat(violation).contains("'/body'", "integer"))
        .anySatisfy(violation -> assertThat(violation).contains("'/visibility'"));
  }
}
