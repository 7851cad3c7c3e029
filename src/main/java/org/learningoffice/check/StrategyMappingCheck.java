package org.learningoffice.check;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StrategySource;
import org.learningoffice.store.Database;

/**
 * Reports orders whose delivery strategy fell back to {@code orders.strategy.default} because Jira
 * said nothing usable where the configuration looks: the digest counts them under the default, so
 * they skew the strategy figures until they are fixed.
 */
final class StrategyMappingCheck {
  static final String NAME = "orders strategy";

  private final OrdersConfig orders;

  StrategyMappingCheck(OrdersConfig orders) {
    this.orders = orders;
  }

  /** The result, or empty when no order is stored yet. */
  Optional<CheckResult> run(Database database) {
    Map<StrategySource, Integer> counts =
        new OrderRepository(database, Clock.systemUTC()).countByStrategySource();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return Optional.empty();
    }
    int unmapped = counts.getOrDefault(StrategySource.DEFAULT, 0);
    String fallback = orders.strategy().fallback();
    if (unmapped == 0) {
      return Optional.of(
          CheckResult.ok(NAME, "all " + total + " order(s) have their strategy from Jira"));
    }
    return Optional.of(
        CheckResult.warn(
            NAME,
            unmapped
                + " of "
                + total
                + " order(s) fell back to the default strategy "
                + fallback
                + "; "
                + whatToDo()));
  }

  private String whatToDo() {
    OrdersConfig.StrategyMapping mapping = orders.strategy();
    if (mapping instanceof OrdersConfig.StrategyMapping.FromField field) {
      return "fill "
          + field.fieldId()
          + " with ETO, MTO, ATO or MTS on those tickets, or check orders.strategy.field";
    }
    if (mapping instanceof OrdersConfig.StrategyMapping.FromLabelPrefix label) {
      return "label those tickets "
          + label.prefix()
          + "eto/mto/ato/mts, or check orders.strategy.labelPrefix";
    }
    if (mapping instanceof OrdersConfig.StrategyMapping.FromComponent) {
      return "give those tickets a component named ETO, MTO, ATO or MTS";
    }
    return "set orders.strategy.field, labelPrefix or component so the strategy is read from Jira";
  }
}
