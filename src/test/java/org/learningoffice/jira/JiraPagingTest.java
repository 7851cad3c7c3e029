package org.learningoffice.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningoffice.testing.jira.JiraWireMock;

/** Search pages through all results on both deployments; long changelogs are paged in on Cloud. */
class JiraPagingTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  private final FakeTime time = new FakeTime();
  private final SearchQuery query =
      SearchQuery.of("project = ORD AND statusCategory = Done")
          .withExtraFields(List.of("customfield_10050"))
          .withPageSize(2);

  @Test
  void cloudSearchFollowsNextPageTokenOverThreePages() {
    new JiraStubs(jira.server(), Deployment.CLOUD).threeSearchPages();
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    List<Integer> pageSizes = new ArrayList<>();
    client.search().pages(query).forEach(page -> pageSizes.add(page.issues().size()));
    List<String> keys = client.search().issues(query).map(Issue::key).toList();

    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertThat(keys).containsExactly("ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5");
    String fields =
        "[\"summary\",\"status\",\"priority\",\"assignee\",\"labels\",\"components\","
            + "\"created\",\"resolutiondate\",\"customfield_10050\"]";
    String jql = "\"jql\":\"project = ORD AND statusCategory = Done\"";
    jira.server()
        .verify(
            2,
            postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(
                    equalToJson("{" + jql + ",\"maxResults\":2,\"fields\":" + fields + "}")));
    jira.server()
        .verify(
            2,
            postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(
                    equalToJson(
                        "{"
                            + jql
                            + ",\"maxResults\":2,\"fields\":"
                            + fields
                            + ",\"nextPageToken\":\"token-page-3\"}")));
  }

  @Test
  void dataCenterSearchAdvancesStartAtOverThreePages() {
    new JiraStubs(jira.server(), Deployment.DATA_CENTER).threeSearchPages();
    JiraClient client = TestJira.client(TestJira.dataCenterSite(jira.baseUrl()), time);

    List<Issue> issues = client.search().issues(query).toList();

    assertThat(issues)
        .extracting(Issue::key)
        .containsExactly("ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5");
    assertThat(issues.get(0).assignee())
        .contains(new JiraUser(new UserId.Username("jdoe"), "Jane Doe"));
    for (int startAt : new int[] {0, 2, 4}) {
      jira.server()
          .verify(
              1,
              postRequestedFor(urlPathEqualTo("/rest/api/2/search"))
                  .withRequestBody(
                      equalToJson("{\"startAt\":" + startAt + ",\"maxResults\":2}", true, true)));
    }
    jira.server().verify(3, postRequestedFor(urlPathEqualTo("/rest/api/2/search")));
  }

  @Test
  void aCloudPageTokenJiraGivesAgainEndsTheSearchWithAnErrorInsteadOfLoopingForever() {
    String path = "/rest/api/3/search/jql";
    // the first page, and the page its token leads to, both lead back to that token
    jira.server()
        .stubFor(post(path).willReturn(okJson(TestJira.fixture("cloud/search-page-1.json"))));
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    assertThatThrownBy(() -> client.search().issues(query).limit(1000).toList())
        .isInstanceOf(JiraException.class)
        .hasMessageContaining("POST rest/api/3/search/jql")
        .hasMessageContaining("a page it had already given");
    jira.server().verify(2, postRequestedFor(urlPathEqualTo(path)));
  }

  @Test
  void anEmptyCloudPageWithANextPageTokenIsNotTheEnd() {
    String path = "/rest/api/3/search/jql";
    // Cloud may answer a page with no issues (say, all filtered out by permissions) and more after
    jira.server()
        .stubFor(
            post(path)
                .withRequestBody(WireMock.notContaining("nextPageToken"))
                .willReturn(
                    okJson("{\"issues\":[],\"isLast\":false,\"nextPageToken\":\"token-page-3\"}")));
    jira.server()
        .stubFor(
            post(path)
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("token-page-3")))
                .willReturn(okJson(TestJira.fixture("cloud/search-page-3.json"))));
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    List<String> keys = client.search().issues(query).map(Issue::key).toList();

    assertThat(keys).containsExactly("ORD-5");
    jira.server().verify(2, postRequestedFor(urlPathEqualTo(path)));
  }

  /** A Cloud page that says more follow ({@code isLast: false}) but has no nextPageToken. */
  private static String strandedPage(String fixture) {
    return TestJira.fixture(fixture).replace("\"isLast\": true", "\"isLast\": false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cloud/search-empty.json", "cloud/search-page-3.json"})
  void aCloudPageThatSaysMoreFollowButGivesNoTokenFailsTheSearchInsteadOfEndingItShort(
      String fixture) {
    String path = "/rest/api/3/search/jql";
    jira.server().stubFor(post(path).willReturn(okJson(strandedPage(fixture))));
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    // ending quietly here would let the poller move its checkpoint past orders it never saw
    assertThatThrownBy(() -> client.search().issues(query).toList())
        .isInstanceOf(JiraException.class)
        .hasMessageContaining("POST rest/api/3/search/jql")
        .hasMessageContaining("isLast false")
        .hasMessageContaining("no nextPageToken");
    jira.server().verify(1, postRequestedFor(urlPathEqualTo(path)));
  }

  @Test
  void aCloudPageWithoutATokenStillGivesItsIssuesToAReaderThatNeedsNoMore() {
    jira.server()
        .stubFor(
            post("/rest/api/3/search/jql")
                .willReturn(okJson(strandedPage("cloud/search-page-3.json"))));
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    assertThat(client.search().issues(query).findFirst().map(Issue::key)).contains("ORD-5");
  }

  @Test
  void aDataCenterStartAtThatDoesNotMoveOnEndsTheSearchWithAnError() {
    // Jira (or a proxy) answering the first page whatever startAt was asked
    jira.server()
        .stubFor(
            post("/rest/api/2/search")
                .willReturn(okJson(TestJira.fixture("datacenter/search-page-1.json"))));
    JiraClient client = TestJira.client(TestJira.dataCenterSite(jira.baseUrl()), time);

    assertThatThrownBy(() -> client.search().issues(query).limit(1000).toList())
        .isInstanceOf(JiraException.class)
        .hasMessageContaining("POST rest/api/2/search");
  }

  @Test
  void pagesAreFetchedOnlyAsFarAsTheyAreRead() {
    new JiraStubs(jira.server(), Deployment.CLOUD).threeSearchPages();
    JiraClient client = TestJira.client(TestJira.cloudSite(jira.baseUrl()), time);

    List<String> firstThree = client.search().issues(query).limit(3).map(Issue::key).toList();

    assertThat(firstThree).containsExactly("ORD-1", "ORD-2", "ORD-3");
    jira.server().verify(2, postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
  }

  @Test
  void countsMatchesApproximatelyOnCloudAndByTotalOnDataCenter() {
    new JiraStubs(jira.server(), Deployment.CLOUD).count();
    new JiraStubs(jira.server(), Deployment.DATA_CENTER).count();

    long cloud =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()), time).search().count("project = ORD");
    long dataCenter =
        TestJira.client(TestJira.dataCenterSite(jira.baseUrl()), time)
            .search()
            .count("project = ORD");

    assertThat(cloud).isEqualTo(5);
    assertThat(dataCenter).isEqualTo(5);
    jira.server()
        .verify(
            postRequestedFor(urlPathEqualTo("/rest/api/3/search/approximate-count"))
                .withRequestBody(equalToJson("{\"jql\":\"project = ORD\"}")));
  }

  @Test
  void cloudChangelogCutShortIsPagedInFromTheChangelogResource() {
    String issue =
        TestJira.fixture("cloud/issue-ORD-1.json").replace("\"total\": 2", "\"total\": 3");
    jira.server().stubFor(get(urlPathEqualTo("/rest/api/3/issue/ORD-1")).willReturn(okJson(issue)));
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/issue/ORD-1/changelog"))
                .withQueryParam("startAt", equalTo("0"))
                .willReturn(okJson(TestJira.fixture("cloud/changelog-page-1.json"))));
    jira.server()
        .stubFor(
            get(urlPathEqualTo("/rest/api/3/issue/ORD-1/changelog"))
                .withQueryParam("startAt", equalTo("2"))
                .willReturn(okJson(TestJira.fixture("cloud/changelog-page-2.json"))));

    Issue read =
        TestJira.client(TestJira.cloudSite(jira.baseUrl()), time)
            .issues()
            .getWithChangelog("ORD-1", List.of());

    assertThat(read.changelog())
        .extracting(ChangelogEntry::id)
        .containsExactly("20001", "20002", "20003");
    jira.server().verify(2, getRequestedFor(urlPathEqualTo("/rest/api/3/issue/ORD-1/changelog")));
  }
}
