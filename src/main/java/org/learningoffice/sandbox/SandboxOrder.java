package org.learningoffice.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.learningoffice.taxonomy.Strategy;

/**
 * One seeded order ticket of the sandbox Jira: what the ticket says, how long it has been open and
 * whether the demo closes it. The bundled seed is {@code sandbox/orders.json}.
 */
public record SandboxOrder(
    String key,
    String summary,
    String customer,
    Strategy strategy,
    String priority,
    String assignee,
    String reporter,
    int daysOpen,
    boolean closes) {

  public SandboxOrder {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(reporter, "reporter");
  }

  /** The bundled dozen orders across ETO, MTO, ATO and MTS. */
  public static List<SandboxOrder> bundled(ObjectMapper json) {
    try (InputStream in = SandboxOrder.class.getResourceAsStream("/sandbox/orders.json")) {
      if (in == null) {
        throw new IllegalStateException("sandbox/orders.json is missing from the jar");
      }
      return json.readValue(in, new TypeReference<List<SandboxOrder>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
