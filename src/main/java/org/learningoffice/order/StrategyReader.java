package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import org.learningoffice.config.OrdersConfig.StrategyMapping;
import org.learningoffice.taxonomy.Strategy;

/** Reads an order's delivery strategy from the field, label or component the config names. */
final class StrategyReader {
  /** A strategy and where it came from. */
  record Read(Strategy strategy, StrategySource source) {}

  private final StrategyMapping mapping;
  private final Strategy fallback;

  StrategyReader(StrategyMapping mapping) {
    this.mapping = mapping;
    this.fallback =
        Strategy.named(mapping.fallback())
            .orElseThrow(() -> new IllegalArgumentException("bad fallback " + mapping.fallback()));
  }

  Read read(JsonNode fields) {
    Optional<Read> found = Optional.empty();
    if (mapping instanceof StrategyMapping.FromField field) {
      found = fromValues(fields.path(field.fieldId()), StrategySource.FIELD);
    } else if (mapping instanceof StrategyMapping.FromLabelPrefix label) {
      found = fromLabels(fields.path("labels"), label.prefix());
    } else if (mapping instanceof StrategyMapping.FromComponent) {
      found = fromValues(fields.path("components"), StrategySource.COMPONENT);
    }
    return found.orElse(new Read(fallback, StrategySource.DEFAULT));
  }

  /** A text value, an option ({@code value}), a component ({@code name}) or an array of them. */
  private static Optional<Read> fromValues(JsonNode node, StrategySource source) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<Read> read = fromValues(item, source);
        if (read.isPresent()) {
          return read;
        }
      }
      return Optional.empty();
    }
    String text =
        node.isTextual()
            ? node.asText()
            : node.hasNonNull("value") ? node.path("value").asText() : node.path("name").asText();
    return Strategy.named(text).map(s -> new Read(s, source));
  }

  private static Optional<Read> fromLabels(JsonNode labels, String prefix) {
    String lowerPrefix = prefix.toLowerCase(Locale.ROOT);
    for (JsonNode label : labels) {
      String text = label.asText();
      if (text.toLowerCase(Locale.ROOT).startsWith(lowerPrefix)) {
        Optional<Strategy> strategy = Strategy.named(text.substring(prefix.length()));
        if (strategy.isPresent()) {
          return Optional.of(new Read(strategy.get(), StrategySource.LABEL));
        }
      }
    }
    return Optional.empty();
  }
}
