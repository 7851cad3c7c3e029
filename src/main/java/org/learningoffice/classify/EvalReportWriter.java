package org.learningoffice.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Renders an evaluation report as text for people or as one JSON object for scripts. */
public final class EvalReportWriter {

  private final ObjectMapper json;

  public EvalReportWriter(ObjectMapper json) {
    this.json = json;
  }

  /** {@code {"unit":{"accuracy":..,"macroF1":..,..},"type":..,"direction":..,"n":..,..}}. */
  public String json(EvalReport report) {
    ObjectNode root = json.createObjectNode();
    for (Facet facet : Facet.values()) {
      FacetScore score = report.model().get(facet);
      ObjectNode node = scoreNode(score);
      node.put("ece", round(score.expectedCalibrationError()));
      ObjectNode confusion = node.putObject("confusion");
      ArrayNode labels = confusion.putArray("labels");
      score.confusion().labels().forEach(labels::add);
      ArrayNode rows = confusion.putArray("counts");
      for (int[] row : score.confusion().counts()) {
        ArrayNode r = rows.addArray();
        for (int c : row) {
          r.add(c);
        }
      }
      root.set(facet.key(), node);
    }
    root.put("n", report.n());
    root.put("method", report.method());
    root.put("overlapping", report.overlapping());
    ObjectNode baselines = root.putObject("baselines");
    baselines.set("rules", facetsNode(report.rules()));
    baselines.set("majority", facetsNode(report.majority()));
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new ClassifyException("cannot write the report as JSON", e);
    }
  }

  /** A table per facet: classifier, rules alone and majority class, then the confusion matrix. */
  public String text(EvalReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d lessons, %s%n", report.n(), report.method()));
    if (report.overlapping() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "WARNING: %d of %d input lessons overlap the training data (same id or text);"
                  + " scores on them are optimistic. Use --cross-validate K for a fair"
                  + " estimate.%n",
              report.overlapping(),
              report.n()));
    }
    for (Facet facet : Facet.values()) {
      FacetScore model = report.model().get(facet);
      out.append(String.format(Locale.ROOT, "%n%s%n", facet.key()));
      out.append(
          String.format(Locale.ROOT, "  %-12s %8s %8s %6s%n", "", "accuracy", "macroF1", "ECE"));
      row(out, "classifier", model, true);
      row(out, "rules only", report.rules().get(facet), true);
      row(out, "majority", report.majority().get(facet), false);
      out.append("  confusion (rows gold, columns predicted)\n");
      ConfusionMatrix matrix = model.confusion();
      out.append(String.format(Locale.ROOT, "  %-14s", ""));
      for (String label : matrix.labels()) {
        out.append(String.format(Locale.ROOT, "%14s", label));
      }
      out.append('\n');
      for (int i = 0; i < matrix.labels().size(); i++) {
        out.append(String.format(Locale.ROOT, "  %-14s", matrix.labels().get(i)));
        for (int c : matrix.counts()[i]) {
          out.append(String.format(Locale.ROOT, "%14d", c));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, FacetScore score, boolean withEce) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-12s %8.3f %8.3f %6s%n",
            name,
            score.accuracy(),
            score.macroF1(),
            withEce ? String.format(Locale.ROOT, "%.3f", score.expectedCalibrationError()) : "-"));
  }

  private ObjectNode facetsNode(EvalResult result) {
    ObjectNode node = json.createObjectNode();
    for (Facet facet : Facet.values()) {
      node.set(facet.key(), scoreNode(result.get(facet)));
    }
    return node;
  }

  private ObjectNode scoreNode(FacetScore score) {
    ObjectNode node = json.createObjectNode();
    node.put("accuracy", round(score.accuracy()));
    node.put("macroF1", round(score.macroF1()));
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
