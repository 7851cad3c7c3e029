package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.util.Map;
import org.learningoffice.web.HealthCheck;

/**
 * Digest deliveries a person should look at: handed to a channel by an instance that stopped before
 * it recorded the outcome (not sent again; ask the recipient), or given up after repeated failures.
 * Either makes the service {@code DEGRADED}.
 */
public final class DigestHealthCheck implements HealthCheck {
  private final DigestDeliveries deliveries;

  @Inject
  public DigestHealthCheck(DigestDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public String name() {
    return "digest";
  }

  @Override
  public Result check() {
    try {
      DigestDeliveries.Attention a = deliveries.needingAttention();
      Status status = a.outcomeUnknown() + a.givenUp() > 0 ? Status.DEGRADED : Status.UP;
      return new Result(
          status, Map.of("outcomeUnknown", a.outcomeUnknown(), "givenUp", a.givenUp()));
    } catch (RuntimeException e) {
      return new Result(Status.DOWN, Map.of("error", "cannot read digest deliveries"));
    }
  }
}
