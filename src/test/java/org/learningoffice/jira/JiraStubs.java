package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * A fake Jira's answers from the JSON fixtures under {@code src/test/resources/jira/cloud} or
 * {@code jira/datacenter}; paths follow the deployment's REST version.
 */
final class JiraStubs {
  private final WireMockServer server;
  private final Deployment deployment;

  JiraStubs(WireMockServer server, Deployment deployment) {
    this.server = server;
    this.deployment = deployment;
  }

  String api() {
    return deployment == Deployment.CLOUD ? "/rest/api/3" : "/rest/api/2";
  }

  String fixture(String name) {
    return TestJira.fixture((deployment == Deployment.CLOUD ? "cloud/" : "datacenter/") + name);
  }

  void serverInfo() {
    server.stubFor(get("/rest/api/2/serverInfo").willReturn(okJson(fixture("serverInfo.json"))));
  }

  void myself() {
    server.stubFor(get(api() + "/myself").willReturn(okJson(fixture("myself.json"))));
  }

  void permissions() {
    server.stubFor(
        get(urlPathEqualTo(api() + "/mypermissions"))
            .willReturn(okJson(fixture("mypermissions.json"))));
  }

  void fields() {
    server.stubFor(get(api() + "/field").willReturn(okJson(fixture("fields.json"))));
  }

  /**
   * Five issues in three pages of two: by {@code nextPageToken} on Cloud, {@code startAt} on DC.
   */
  void threeSearchPages() {
    if (deployment == Deployment.CLOUD) {
      String path = "/rest/api/3/search/jql";
      server.stubFor(
          post(path)
              .withRequestBody(WireMock.notContaining("nextPageToken"))
              .willReturn(okJson(fixture("search-page-1.json"))));
      server.stubFor(
          post(path)
              .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("token-page-2")))
              .willReturn(okJson(fixture("search-page-2.json"))));
      server.stubFor(
          post(path)
              .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("token-page-3")))
              .willReturn(okJson(fixture("search-page-3.json"))));
    } else {
      for (int page = 0; page < 3; page++) {
        server.stubFor(
            post("/rest/api/2/search")
                .withRequestBody(matchingJsonPath("$.startAt", equalTo(Integer.toString(page * 2))))
                .willReturn(okJson(fixture("search-page-" + (page + 1) + ".json"))));
      }
    }
  }

  void count() {
    if (deployment == Deployment.CLOUD) {
      server.stubFor(
          post("/rest/api/3/search/approximate-count")
              .willReturn(okJson(fixture("approximate-count.json"))));
    } else {
      server.stubFor(
          post("/rest/api/2/search")
              .withRequestBody(matchingJsonPath("$.maxResults", equalTo("0")))
              .atPriority(1)
              .willReturn(okJson(fixture("search-count.json"))));
    }
  }

  void issueWithChangelog(String key) {
    server.stubFor(
        get(urlPathEqualTo(api() + "/issue/" + key))
            .willReturn(okJson(fixture("issue-" + key + ".json"))));
  }

  void addComment(String key) {
    server.stubFor(
        post(api() + "/issue/" + key + "/comment")
            .willReturn(okJson(fixture("comment-created.json")).withStatus(201)));
  }

  void remoteLink(String key) {
    server.stubFor(
        post(api() + "/issue/" + key + "/remotelink")
            .willReturn(okJson(fixture("remotelink-created.json")).withStatus(200)));
  }

  void property(String key, String propertyKey) {
    String path = api() + "/issue/" + key + "/properties/" + propertyKey;
    // The spec gives the 200 answer a JSON body (of any shape): an empty object fits it.
    server.stubFor(put(path).willReturn(okJson("{}")));
    server.stubFor(get(path).willReturn(okJson(fixture("property.json"))));
  }

  void createIssue() {
    server.stubFor(
        post(api() + "/issue").willReturn(okJson(fixture("issue-created.json")).withStatus(201)));
  }
}
