package org.learningoffice.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.demo.Demo;
import org.learningoffice.order.OrderStatus;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.sandbox.SandboxOrder;
import org.learningoffice.store.Database;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The demo runs the real service against the sandbox Jira, on embedded defaults. It lives with the
 * app, which supplies the real service: the demo itself does not depend on the app.
 */
class DemoTest {
  private Demo demo;
  @TempDir Path out;

  /** Every call the service makes to the sandbox passes a proxy that checks it against the spec. */
  @RegisterExtension final JiraWireMock spec = new JiraWireMock();

  @BeforeEach
  void start() {
    demo =
        Demo.start(
            (config, clock, tickets) -> Application.create(config, clock).start(),
            0,
            new ObjectMapper(),
            Clock.systemUTC(),
            sandbox -> {
              spec.server()
                  .stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(sandbox.toString())));
              return spec.baseUrl();
            });
  }

  @AfterEach
  void stop() {
    Path data = demo.dataDir();
    demo.close();
    assertThat(Files.exists(data)).as("temporary data removed").isFalse();
  }

  @Test
  void ordersCloseBySignedWebhooksAndTheServiceRecordsEachOnce() {
    List<String> closed = demo.createAndCloseOrders();

    List<StoredOrder> orders = demo.awaitOrdersRecorded(closed);

    List<String> expectedClosed =
        demo.orders().stream().filter(SandboxOrder::closes).map(SandboxOrder::key).toList();
    assertThat(closed).containsExactlyElementsOf(expectedClosed);
    assertThat(orders)
        .filteredOn(order -> order.state().status() == OrderStatus.CLOSED)
        .extracting(StoredOrder::issueKey)
        .containsExactlyElementsOf(expectedClosed);
    assertThat(orders.stream().map(StoredOrder::strategy).distinct()).hasSize(4);
    int formJobs =
        demo.service()
            .get(Database.class)
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM outbox WHERE kind = 'ATTACH_FORM'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(formJobs).as("one attach-form job per closed order").isEqualTo(closed.size());
  }

  @Test
  void formsAttachLessonsGoThroughTheRealFormBackToJiraAndIntoTheDigest() throws Exception {
    List<String> closed = demo.createAndCloseOrders();
    demo.awaitOrdersRecorded(closed);

    Map<String, URI> forms = demo.awaitFormsAttached(closed);
    List<Demo.SubmittedLesson> lessons = demo.submitSampleLessons(forms, new ObjectMapper());
    demo.awaitWrittenBack(lessons);

    assertThat(forms).containsOnlyKeys(closed);
    List<Demo.ActionIssue> actionIssues = demo.awaitActionIssues(lessons);
    List<Demo.SubmittedLesson> withActions =
        lessons.stream().filter(l -> !l.lesson().action().isBlank()).toList();
    assertThat(withActions).as("sample lessons proposing an action").isNotEmpty();
    assertThat(actionIssues)
        .as("one action issue per proposed action, linked to its order")
        .hasSize(withActions.size())
        .allSatisfy(issue -> assertThat(issue.key()).startsWith("LO-"));
    assertThat(actionIssues)
        .extracting(Demo.ActionIssue::summary)
        .containsExactlyInAnyOrderElementsOf(
            withActions.stream().map(l -> l.lesson().action()).toList());
    Demo.ActionIssue first = actionIssues.get(0);
    HttpResponse<String> ticket =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(first.orderPage()).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(ticket.body())
        .as("the order's ticket page shows the link to its action issue")
        .contains("<a href=\"/browse/" + first.key() + "\">" + first.key() + "</a>");
    long ordersWithLessons = lessons.stream().map(l -> l.lesson().order()).distinct().count();
    int stored =
        demo.service()
            .get(Database.class)
            .jdbi()
            .withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM lessons").mapTo(Integer.class).one());
    assertThat(stored).isEqualTo(lessons.size());
    // three calls to attach each form, then one comment + property + link per order with lessons
    assertThat(demo.jiraCallsByKind())
        .as("each action issue created once and linked once")
        .containsEntry("POST /rest/api/3/issue", (long) withActions.size())
        .containsEntry("POST /rest/api/3/issueLink", (long) withActions.size());
    assertThat(demo.jiraCallsByKind())
        .containsEntry("POST /rest/api/3/issue/{issue}/comment", closed.size() + ordersWithLessons)
        .containsEntry(
            "POST /rest/api/3/issue/{issue}/remotelink", closed.size() + ordersWithLessons)
        .containsEntry(
            "PUT /rest/api/3/issue/{issue}/properties/learning-office",
            closed.size() + ordersWithLessons);
    List<Path> digest = demo.writeDigest(out);
    assertThat(digest)
        .extracting(file -> file.getFileName().toString())
        .allMatch(name -> name.startsWith("digest-20"))
        .hasSize(5);
    assertThat(Files.readString(digest.get(0)))
        .as("the week's lessons in the HTML digest")
        .contains("Die change time was not in the spec")
        .contains("Palletiser cell moved after the layout was approved");
    assertThat(demo.sandbox().property("ORD-110", "learning-office").orElseThrow().toString())
        .as("the lesson's title in the ticket's property")
        .contains("Palletiser cell moved after the layout was approved");
    HttpResponse<String> office =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(demo.serviceUrl().resolve("/office"))
                    .header("Authorization", "Bearer " + demo.officeToken().reveal())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(office.statusCode())
        .as("the demo's office token opens the dashboard")
        .isEqualTo(200);
    assertThat(office.body())
        .contains("Die change time was not in the spec")
        .contains("id=\"matrix-total\">" + lessons.size() + "<");

    Demo.FedForward fed = demo.createNewOrderAndAwaitLessons();
    assertThat(fed.key()).isEqualTo("ORD-113");
    assertThat(fed.lessons()).as("lessons of earlier orders fed to the new order").isPositive();
    assertThat(demo.sandbox().commentCount("ORD-113")).isEqualTo(1);
    assertThat(
            demo.sandbox().property("ORD-113", "learning-office-related").orElseThrow().toString())
        .as("the same customer's lesson on its PLC brand")
        .contains("First time with the customer's PLC brand");
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(fed.page()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Lessons from earlier orders for ORD-113");
    HttpResponse<String> dashboard =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(demo.serviceUrl().resolve("/office"))
                    .header("Authorization", "Bearer " + demo.officeToken().reveal())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(dashboard.body())
        .as("the dashboard counts the lessons fed forward this week")
        .contains("id=\"fed-forward\">" + fed.lessons() + "<")
        .contains("id=\"fed-forward-helped\">0<");
  }
}
