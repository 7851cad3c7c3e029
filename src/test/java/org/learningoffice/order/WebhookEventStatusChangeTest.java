package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which changelog item of an issue update is the workflow status changing. */
class WebhookEventStatusChangeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode update(String item) throws Exception {
    return JSON.readTree(
        "{\"webhookEvent\":\"jira:issue_updated\",\"timestamp\":1763719200000,"
            + "\"issue\":{\"id\":\"10042\",\"key\":\"ORD-42\",\"fields\":{}},"
            + "\"changelog\":{\"id\":\"20001\",\"items\":["
            + item
            + "]}}");
  }

  @Test
  void theWorkflowStatusIsAStatusChangeOnCloudAndOnDataCenter() throws Exception {
    String cloud =
        "{\"field\":\"status\",\"fieldtype\":\"jira\",\"fieldId\":\"status\","
            + "\"fromString\":\"In Progress\",\"toString\":\"Done\"}";
    String dataCenter =
        "{\"field\":\"status\",\"fieldtype\":\"jira\",\"fromString\":\"In Progress\","
            + "\"toString\":\"Done\"}";

    for (String item : new String[] {cloud, dataCenter}) {
      assertThat(WebhookEvent.read(update(item)).flatMap(WebhookEvent::statusChangedToIfAny))
          .contains("Done");
    }
  }

  @Test
  void aCustomFieldNamedStatusIsNotTheWorkflowStatus() throws Exception {
    // a custom field of its own named "status" (say, a delivery status) is not the status:
    // taken for it, its value "Shipped" would close the order
    Optional<WebhookEvent> event =
        WebhookEvent.read(
            update(
                "{\"field\":\"status\",\"fieldtype\":\"custom\","
                    + "\"fieldId\":\"customfield_10060\",\"fromString\":\"Packed\","
                    + "\"toString\":\"Shipped\"}"));

    assertThat(event).as("an update without a status change is not taken").isEmpty();
  }
}
