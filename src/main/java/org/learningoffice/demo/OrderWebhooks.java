package org.learningoffice.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.sandbox.SandboxJira;
import org.learningoffice.sandbox.SandboxOrder;
import org.learningoffice.sandbox.SandboxWebhooks;

/** Plays Jira's part in the demo: announces the seeded order tickets and closes the marked ones. */
final class OrderWebhooks {
  private final List<SandboxOrder> seed;
  private final SandboxJira sandbox;
  private final SandboxWebhooks webhooks;

  OrderWebhooks(List<SandboxOrder> seed, SandboxJira sandbox, SandboxWebhooks webhooks) {
    this.seed = seed;
    this.sandbox = sandbox;
    this.webhooks = webhooks;
  }

  /** Sends every ticket's creation, then the closing of the marked ones; the keys that closed. */
  List<String> createAndClose() {
    for (SandboxOrder order : seed) {
      deliver(sandbox.createdEvent(order.key()).orElseThrow());
    }
    List<String> closed = new ArrayList<>();
    for (SandboxOrder order : seed) {
      if (order.closes()) {
        deliver(sandbox.close(order.key()).orElseThrow());
        closed.add(order.key());
      }
    }
    return closed;
  }

  /** Creates a new ticket in the sandbox and sends its creation. */
  void create(SandboxOrder order) {
    deliver(
        sandbox
            .create(order)
            .orElseThrow(() -> new IllegalStateException(order.key() + " exists already")));
  }

  private void deliver(ObjectNode event) {
    int status = webhooks.deliver(event);
    if (status != 202) {
      throw new IllegalStateException(
          "the service answered "
              + status
              + " to the "
              + event.path("webhookEvent").asText()
              + " webhook of "
              + event.path("issue").path("key").asText());
    }
  }
}
