package org.learningoffice.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a learning curve: mean macro-F1 over groups per facet and number of confirmed lessons.
 */
public final class LearningCurveWriter {

  private final ObjectMapper json;

  public LearningCurveWriter(ObjectMapper json) {
    this.json = json;
  }

  /** {@code {"unit":{"0":{"macroF1":..,"accuracy":..,"spread":..},"10":..},..}}. */
  public String json(Map<Integer, GroupedResult> curve) {
    ObjectNode root = json.createObjectNode();
    for (Facet facet : Facet.values()) {
      ObjectNode node = root.putObject(facet.key());
      curve.forEach(
          (k, result) -> {
            ObjectNode point = node.putObject(String.valueOf(k));
            point.put("accuracy", round(result.mean(facet, FacetScore::accuracy)));
            point.put("macroF1", round(result.mean(facet, FacetScore::macroF1)));
            point.put("macroF1Spread", round(result.spread(facet, FacetScore::macroF1)));
          });
    }
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new ClassifyException("cannot write the learning curve as JSON", e);
    }
  }

  /** One line per facet: macro-F1 (mean over groups ± spread) at each k. */
  public String text(Map<Integer, GroupedResult> curve) {
    StringBuilder out = new StringBuilder();
    out.append(
        "Learning curve: per held-out group, k of its lessons confirmed by a person join training;"
            + " the group's other lessons are scored (macro-F1, mean over groups ± spread)\n");
    out.append(String.format(Locale.ROOT, "  %-10s", "facet"));
    curve.keySet().forEach(k -> out.append(String.format(Locale.ROOT, "%16s", "k=" + k)));
    out.append('\n');
    for (Facet facet : Facet.values()) {
      out.append(String.format(Locale.ROOT, "  %-10s", facet.key()));
      curve
          .values()
          .forEach(
              result ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "%16s",
                          String.format(
                              Locale.ROOT,
                              "%.3f ±%.3f",
                              result.mean(facet, FacetScore::macroF1),
                              result.spread(facet, FacetScore::macroF1)))));
      out.append('\n');
    }
    return out.toString();
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
