package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Search by deployment: enhanced JQL search on Cloud, {@code /rest/api/2/search} on Data Center.
 */
final class RestSearchApi implements SearchApi {
  private static final String CLOUD_SEARCH = "rest/api/3/search/jql";
  private static final String DATA_CENTER_SEARCH = "rest/api/2/search";

  private final JiraTransport transport;
  private final ServerInfoApi server;
  private final IssueReader reader;

  RestSearchApi(JiraTransport transport, ServerInfoApi server, IssueReader reader) {
    this.transport = transport;
    this.server = server;
    this.reader = reader;
  }

  @Override
  public Iterable<SearchPage> pages(SearchQuery query) {
    return switch (server.deployment()) {
      case CLOUD -> new Pages<String>(CLOUD_SEARCH, cursor -> cloudPage(query, cursor));
      case DATA_CENTER ->
          new Pages<Integer>(DATA_CENTER_SEARCH, cursor -> dataCenterPage(query, cursor.orElse(0)));
    };
  }

  @Override
  public long count(String jql) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("jql", jql);
    return switch (server.deployment()) {
      case CLOUD ->
          transport
              .send(JiraCall.idempotentPost("rest/api/3/search/approximate-count", body))
              .path("count")
              .asLong();
      case DATA_CENTER -> {
        body.put("maxResults", 0);
        body.putArray("fields").add("id");
        yield transport
            .send(JiraCall.idempotentPost("rest/api/2/search", body))
            .path("total")
            .asLong();
      }
    };
  }

  private Pages.Fetched<String> cloudPage(SearchQuery query, Optional<String> token) {
    ObjectNode body = request(query);
    token.ifPresent(value -> body.put("nextPageToken", value));
    JsonNode answer = transport.send(JiraCall.idempotentPost(CLOUD_SEARCH, body));
    SearchPage page = page(answer);
    Optional<String> next =
        JiraJson.text(answer.path("nextPageToken")).filter(value -> !value.isBlank());
    // An empty page is not the end while a token leads on (Cloud may filter a whole page out);
    // the end is isLast true, or no token where isLast is not said to be false.
    JsonNode isLast = answer.path("isLast");
    if (isLast.isBoolean() && isLast.booleanValue()) {
      return Pages.Fetched.of(page, Optional.empty());
    }
    if (next.isEmpty() && isLast.isBoolean()) {
      return Pages.Fetched.stranded(page);
    }
    return Pages.Fetched.of(page, next);
  }

  private Pages.Fetched<Integer> dataCenterPage(SearchQuery query, int startAt) {
    ObjectNode body = request(query).put("startAt", startAt);
    JsonNode answer = transport.send(JiraCall.idempotentPost(DATA_CENTER_SEARCH, body));
    SearchPage page = page(answer);
    int nextStart = answer.path("startAt").asInt(startAt) + page.issues().size();
    boolean more = !page.issues().isEmpty() && nextStart < answer.path("total").asInt(0);
    return Pages.Fetched.of(page, more ? Optional.of(nextStart) : Optional.empty());
  }

  private ObjectNode request(SearchQuery query) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("jql", query.jql());
    body.put("maxResults", query.pageSize());
    ArrayNode fields = body.putArray("fields");
    fieldsOf(query.extraFields()).forEach(fields::add);
    return body;
  }

  private SearchPage page(JsonNode answer) {
    List<Issue> issues = new ArrayList<>();
    answer.path("issues").forEach(issue -> issues.add(reader.read(issue)));
    return new SearchPage(issues);
  }

  static Set<String> fieldsOf(List<String> extraFields) {
    Set<String> fields = new LinkedHashSet<>(Issue.TYPED_FIELDS);
    fields.addAll(extraFields);
    return fields;
  }
}
