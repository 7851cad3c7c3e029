package org.learningoffice.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Jira tickets are customer orders and how their facets are read from Jira.
 *
 * @param jql the orders definition, e.g. {@code project = ORD AND issuetype = "Customer Order"}
 * @param closedStatuses statuses that count as closed besides the Done status category
 * @param strategy where the delivery strategy comes from
 * @param customerField the custom field holding the customer's name, if any
 * @param expeditePriorities Jira priority names that make an order expedited
 * @param expediteLabel a label that makes an order expedited, if any
 * @param pollInterval how often the poller looks for closed orders
 */
public record OrdersConfig(
    String jql,
    List<String> closedStatuses,
    StrategyMapping strategy,
    String customerField,
    List<String> expeditePriorities,
    String expediteLabel,
    Duration pollInterval) {

  static final List<String> STRATEGIES = List.of("ETO", "MTO", "ATO", "MTS");
  private static final Pattern FIELD_ID = Pattern.compile("customfield_\\d+|[a-z][A-Za-z]*");

  public OrdersConfig {
    closedStatuses = List.copyOf(closedStatuses);
    expeditePriorities = List.copyOf(expeditePriorities);
  }

  /** The custom field holding the customer's name, when configured. */
  public Optional<String> customerFieldIfSet() {
    return Optional.ofNullable(customerField);
  }

  /** The label that marks an order as expedited, when configured. */
  public Optional<String> expediteLabelIfSet() {
    return Optional.ofNullable(expediteLabel);
  }

  /** Where an order's delivery strategy (ETO, MTO, ATO, MTS) is read from. */
  public sealed interface StrategyMapping {
    /** The strategy for orders where Jira says nothing usable. */
    String fallback();

    /** A custom field whose value names the strategy. */
    record FromField(String fieldId, String fallback) implements StrategyMapping {}

    /** A label such as {@code strategy-eto}. */
    record FromLabelPrefix(String prefix, String fallback) implements StrategyMapping {}

    /** A component named after the strategy. */
    record FromComponent(String fallback) implements StrategyMapping {}

    /** Nothing configured: every order gets the fallback. */
    record DefaultOnly(String fallback) implements StrategyMapping {}
  }

  static OrdersConfig read(ConfigReader r) {
    String jql = r.requiredString("orders.jql", "project = ORD AND issuetype = \"Customer Order\"");
    return new OrdersConfig(
        jql,
        r.list("orders.closedStatuses"),
        readStrategy(r),
        fieldId(r, "orders.customer.field"),
        r.list("orders.expedite.priorities").isEmpty()
            ? List.of("Highest")
            : r.list("orders.expedite.priorities"),
        r.string("orders.expedite.label").orElse(null),
        r.duration("orders.pollInterval", Duration.ofMinutes(5)));
  }

  private static StrategyMapping readStrategy(ConfigReader r) {
    String fallback =
        r.parsed(
                "orders.strategy.default",
                v -> Optional.of(v.toUpperCase(java.util.Locale.ROOT)).filter(STRATEGIES::contains),
                "is not a delivery strategy (one of " + String.join(", ", STRATEGIES) + ")",
                "MTO")
            .orElse("MTO");
    String field = fieldId(r, "orders.strategy.field");
    String prefix = r.string("orders.strategy.labelPrefix").orElse(null);
    boolean component = r.bool("orders.strategy.component", false);
    int sources = (field != null ? 1 : 0) + (prefix != null ? 1 : 0) + (component ? 1 : 0);
    if (sources > 1) {
      r.problem(
          "orders.strategy",
          "set only one of field, labelPrefix or component: true, e.g. labelPrefix: \"strategy-\"");
    }
    if (field != null) {
      return new StrategyMapping.FromField(field, fallback);
    }
    if (prefix != null) {
      return new StrategyMapping.FromLabelPrefix(prefix, fallback);
    }
    return component
        ? new StrategyMapping.FromComponent(fallback)
        : new StrategyMapping.DefaultOnly(fallback);
  }

  private static String fieldId(ConfigReader r, String key) {
    return r.parsed(
            key,
            v -> Optional.of(v).filter(s -> FIELD_ID.matcher(s).matches()),
            "is not a Jira field id",
            "customfield_10050")
        .orElse(null);
  }
}
