package org.learningoffice.testing.jira;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A WireMock 3 listener that checks every request the client sends, and every stubbed answer,
 * against Jira's OpenAPI spec, and collects what does not fit. It runs before WireMock sends the
 * answer, so a test's assertions see every violation of the calls it made.
 *
 * <p>What cannot be checked, and is left out on purpose:
 *
 * <ul>
 *   <li>Data Center REST v2 is not in the Cloud v3 spec. A {@code /rest/api/2/...} request is
 *       checked as the same {@code /rest/api/3/...} operation (v2 and v3 share paths, parameters
 *       and shapes; {@code /rest/api/2/search} maps to v3's deprecated {@code /rest/api/3/search},
 *       which still pages by {@code startAt}). The one shape that differs is rich text: v2 sends
 *       and returns comment bodies as wiki-markup strings where v3 has ADF objects, so for Data
 *       Center comments the "{@code /body} is a string, not an object" messages are ignored ({@link
 *       #DATA_CENTER_IGNORED}); everything else in those requests and answers is still checked.
 *       Issue descriptions need no exception: the spec types a create request's {@code fields} as
 *       free-form. Note that the spec does not describe ADF itself ({@code Comment.body} only has
 *       to be an object), so neither ADF nor wiki markup is checked here; the renderer tests and
 *       the {@code *-request.json} fixtures pin both.
 *   <li>429 and 5xx answers: Jira's gateway sends them for any operation, the spec declares them
 *       for none, so only their request is checked. Injected faults (connection reset) have no
 *       answer to check.
 *   <li>Other 4xx answers: the spec declares them per operation only in part (often 401 alone,
 *       without a body), but its "Status codes" section says any error answer may carry an error
 *       collection. So a 4xx body is checked against that error collection ({@link
 *       #errorCollectionProblems}) instead of against the operation.
 * </ul>
 */
public final class OpenApiValidationListener implements ServeEventListener {
  /**
   * Messages that a correct Data Center exchange produces against the Cloud spec: the wiki-markup
   * string body of a comment, in the request and in Jira's answer, where v3 has an ADF object.
   */
  static final List<IgnoredMessage> DATA_CENTER_IGNORED =
      List.of(
          new IgnoredMessage(
              "/rest/api/2/issue/[^/]+/comment", "validation.request.body.schema.type", "/body"),
          new IgnoredMessage(
              "/rest/api/2/issue/[^/]+/comment", "validation.response.body.schema.type", "/body"),
          new IgnoredMessage(
              "/rest/api/2/issue/[^/]+/comment",
              "validation.response.body.schema.type",
              "/comments/[0-9]+/body"));

  /**
   * One validation message ignored on purpose: on paths matching a regex, with a key, at a JSON
   * pointer matching a regex.
   */
  record IgnoredMessage(String pathRegex, String key, String pointer) {
    boolean matches(String path, ValidationReport.Message message) {
      return path.matches(pathRegex)
          && message.getKey().equals(key)
          && message.getMessage().contains("Instance type (string)")
          && message
              .getContext()
              .flatMap(ValidationReport.MessageContext::getPointers)
              .map(pointers -> pointers.getInstance().matches(pointer))
              .orElse(false);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiInteractionValidator validator;
  private final List<String> violations = new ArrayList<>();

  private static final java.util.regex.Pattern GATEWAY_PREFIX =
      java.util.regex.Pattern.compile("^/ex/jira/[^/]+(?=/rest/)");

  public OpenApiValidationListener(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  @Override
  public String getName() {
    return "jira-openapi-validation";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void beforeResponseSent(ServeEvent event, Parameters parameters) {
    LoggedRequest logged = event.getRequest();
    // Forge's app system token reaches the same API through Atlassian's gateway
    // (https://api.atlassian.com/ex/jira/<cloud id>/rest/api/3/...): checked as the site's path.
    String path = GATEWAY_PREFIX.matcher(logged.getUrl().split("\\?", 2)[0]).replaceFirst("");
    if (path.startsWith("/__admin")) {
      return;
    }
    boolean dataCenter = path.startsWith("/rest/api/2/");
    String specPath = dataCenter ? "/rest/api/3/" + path.substring("/rest/api/2/".length()) : path;
    Request request = request(logged, specPath);
    ValidationReport report = validator.validateRequest(request);
    LoggedResponse response = event.getResponse();
    List<String> problems = new ArrayList<>();
    if (response != null && response.getFault() == null) {
      int status = response.getStatus();
      if (status < 400) {
        report =
            report.merge(
                validator.validateResponse(specPath, request.getMethod(), answer(response)));
      } else if (status < 500 && status != 429) {
        problems.addAll(errorCollectionProblems(response.getBodyAsString()));
      }
    }
    problems.forEach(problem -> record(logged.getMethod().getName() + " " + path + ": " + problem));
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      if (dataCenter
          && DATA_CENTER_IGNORED.stream().anyMatch(ignored -> ignored.matches(path, message))) {
        continue;
      }
      record(
          logged.getMethod().getName()
              + " "
              + path
              + ": ["
              + message.getKey()
              + "] "
              + message.getMessage());
    }
  }

  /** The violations seen so far. */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /** Returns the violations seen so far and forgets them. */
  public synchronized List<String> takeViolations() {
    List<String> taken = List.copyOf(violations);
    violations.clear();
    return taken;
  }

  private synchronized void record(String violation) {
    violations.add(violation);
  }

  /**
   * What is wrong with a 4xx body, read as the spec's error collection: {@code {"errorMessages":
   * [string], "errors": {string: string}, "status": integer}}, no other keys; an empty body is
   * fine.
   */
  static List<String> errorCollectionProblems(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (IOException e) {
      return List.of("[error-collection] 4xx body is not JSON");
    }
    List<String> problems = new ArrayList<>();
    if (!tree.isObject()) {
      return List.of("[error-collection] 4xx body is not an object");
    }
    tree.fieldNames()
        .forEachRemaining(
            name -> {
              if (!Set.of("errorMessages", "errors", "status").contains(name)) {
                problems.add("[error-collection] unexpected key " + name);
              }
            });
    JsonNode messages = tree.path("errorMessages");
    if (!messages.isMissingNode()
        && (!messages.isArray() || !allMatch(messages.elements(), JsonNode::isTextual))) {
      problems.add("[error-collection] errorMessages must be an array of strings");
    }
    JsonNode errors = tree.path("errors");
    if (!errors.isMissingNode()
        && (!errors.isObject() || !allMatch(errors.elements(), JsonNode::isTextual))) {
      problems.add("[error-collection] errors must map names to strings");
    }
    if (!tree.path("status").isMissingNode() && !tree.path("status").isInt()) {
      problems.add("[error-collection] status must be an integer");
    }
    return problems;
  }

  private static boolean allMatch(Iterator<JsonNode> nodes, Predicate<JsonNode> test) {
    while (nodes.hasNext()) {
      if (!test.test(nodes.next())) {
        return false;
      }
    }
    return true;
  }

  private static Request request(LoggedRequest logged, String specPath) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(logged.getMethod().getName(), specPath);
    for (HttpHeader header : logged.getHeaders().all()) {
      builder.withHeader(header.key(), header.values());
    }
    for (QueryParameter parameter : logged.getQueryParams().values()) {
      builder.withQueryParam(parameter.key(), parameter.values());
    }
    byte[] body = logged.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }

  private static SimpleResponse answer(LoggedResponse response) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
    if (response.getHeaders() != null) {
      for (HttpHeader header : response.getHeaders().all()) {
        builder.withHeader(header.key(), header.values());
      }
    }
    byte[] body = response.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }
}
