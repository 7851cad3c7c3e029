package org.learningoffice.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.config.Secret;
import org.learningoffice.order.WebhookSignature;

/**
 * Signed Jira webhooks that each close a different order: {@code webhooks/issue_updated_done.json}
 * with issue id {@code 200000 + n} and key {@code ORD-<200000 + n>}, as Jira would send them.
 */
public final class ClosedOrderWebhooks {
  /** The webhook secret of {@link ServeProcess}'s configuration. */
  public static final String SECRET = "crash-webhook-secret";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FIRST_ID = 200_000;

  /** One delivery: its {@code X-Atlassian-Webhook-Identifier}, the order it closes, the body. */
  public record Delivery(String identifier, String issueId, String issueKey, byte[] body) {
    public String signature() {
      return WebhookSignature.sign(Secret.of(SECRET), body);
    }
  }

  private ClosedOrderWebhooks() {}

  /** Deliveries closing {@code count} orders, numbered from {@code from}. */
  public static List<Delivery> closing(int from, int count) {
    ObjectNode template;
    try (InputStream in =
        ClosedOrderWebhooks.class.getResourceAsStream("/webhooks/issue_updated_done.json")) {
      template = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Delivery> deliveries = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      String id = String.valueOf(FIRST_ID + n);
      ObjectNode event = template.deepCopy();
      ((ObjectNode) event.path("issue")).put("id", id).put("key", "ORD-" + id);
      ((ObjectNode) event.path("changelog")).put("id", id);
      try {
        deliveries.add(new Delivery("crash-" + id, id, "ORD-" + id, JSON.writeValueAsBytes(event)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return deliveries;
  }
}
