package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TestJson;

/**
 * Intake refuses, with a one-line reason and nothing stored, every signed delivery that the inbox
 * worker could never apply; what it acknowledges it can process.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class UnprocessableWebhookTest {
  private final ObjectMapper json = TestJson.mapper();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final TestDatabase db;
  private final Inbox inbox;
  private final WebhookIntake intake;

  UnprocessableWebhookTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    inbox = new Inbox(db.database(), clock, RetrySchedule.DEFAULT);
    intake = new WebhookIntake(json, inbox);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ObjectNode closedOrder() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/webhooks/issue_updated_done.json")) {
      return (ObjectNode) json.readTree(in);
    }
  }

  private byte[] closedOrderWith(Consumer<ObjectNode> change) throws IOException {
    ObjectNode body = closedOrder();
    change.accept(body);
    return json.writeValueAsBytes(body);
  }

  private void assertRefused(byte[] body, String reason) {
    assertThatThrownBy(() -> intake.receive(body, Optional.of("delivery-1")).join())
        .isInstanceOf(MalformedWebhookException.class)
        .hasMessageContaining(reason);
    assertThat(inbox.countsByStatus()).isEmpty();
  }

  @Test
  void aWellFormedDeliveryIsStillAccepted() throws IOException {
    assertThat(intake.receive(json.writeValueAsBytes(closedOrder()), Optional.empty()).join())
        .isEqualTo(WebhookIntake.Outcome.ACCEPTED);
    assertThat(inbox.countsByStatus()).isEqualTo(Map.of("PENDING", 1));
  }

  @Test
  void anIssueKeyHoldingNulIsRefused() throws IOException {
    assertRefused(
        closedOrderWith(b -> ((ObjectNode) b.get("issue")).put("key", "ORD-\u000042")),
        "the body holds a NUL character");
  }

  @Test
  void anIssueKeyOfTenThousandCharactersIsRefused() throws IOException {
    assertRefused(
        closedOrderWith(b -> ((ObjectNode) b.get("issue")).put("key", "ORD-" + "4".repeat(10_000))),
        "issue.key is not a Jira issue key");
  }

  @Test
  void anIssueIdLongerThanItsColumnIsRefused() throws IOException {
    assertRefused(
        closedOrderWith(b -> ((ObjectNode) b.get("issue")).put("id", "1".repeat(33))),
        "issue.id is not a Jira issue id");
  }

  @Test
  void aChangelogIdThatIsNotANumberIsRefused() throws IOException {
    assertRefused(
        closedOrderWith(b -> ((ObjectNode) b.get("changelog")).put("id", "10\u0000")), "NUL");
    assertRefused(
        closedOrderWith(b -> ((ObjectNode) b.get("changelog")).put("id", "ten")),
        "changelog.id is not a Jira changelog id");
  }

  @Test
  void aLoneSurrogateAnywhereIsRefused() throws IOException {
    assertRefused(
        closedOrderWith(
            b -> ((ObjectNode) b.get("issue").get("fields")).put("summary", "pump \uDC00")),
        "unpaired UTF-16 surrogate");
  }

  @Test
  void aTimestampNoDatabaseCanHoldIsRefused() throws IOException {
    assertRefused(closedOrderWith(b -> b.put("timestamp", Long.MAX_VALUE)), "timestamp");
  }

  @Test
  void aByteOrderMarkIsRefused() throws IOException {
    byte[] body = json.writeValueAsBytes(closedOrder());
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertRefused(withBom, "byte order mark");
  }

  @Test
  void dataAfterTheDocumentIsRefused() throws IOException {
    String body = json.writeValueAsString(closedOrder()) + " {\"webhookEvent\":\"x\"}";

    assertRefused(body.getBytes(StandardCharsets.UTF_8), "not valid JSON");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWithAReason() {
    int depth = 1_000;
    String body =
        "{\"webhookEvent\":\"jira:issue_created\",\"x\":"
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "}";

    assertRefused(body.getBytes(StandardCharsets.UTF_8), "nested deeper than");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertRefused(body, "not valid JSON");
  }
}
