package org.learningoffice.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** Renders a leave-one-group-out report as text for people or as one JSON object for scripts. */
public final class GroupedEvalReportWriter {

  private final ObjectMapper json;

  public GroupedEvalReportWriter(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The model's means over groups under the keys of {@code classify eval --json} ({@code
   * unit}/{@code type}/{@code direction} → {@code accuracy}, {@code macroF1}, …; {@code n}), then
   * {@code baselines} and {@code groups}.
   */
  public String json(GroupedEvalReport report) {
    ObjectNode root = json.createObjectNode();
    GroupedResult model = report.model();
    for (Facet facet : Facet.values()) {
      ObjectNode node = meanNode(model, facet);
      node.put("macroF1Spread", round(model.spread(facet, FacetScore::macroF1)));
      node.put("macroF1Min", round(model.min(facet, FacetScore::macroF1)));
      node.put("preselectedShare", round(model.mean(facet, FacetScore::preselectedShare)));
      node.put("preselectedPrecision", round(model.mean(facet, FacetScore::preselectedPrecision)));
      root.set(facet.key(), node);
    }
    root.put("n", report.n());
    root.put("method", "leave one group out (" + model.byGroup().size() + " groups)");
    ObjectNode baselines = root.putObject("baselines");
    report
        .baselines()
        .forEach(
            (name, result) -> {
              ObjectNode node = baselines.putObject(name);
              for (Facet facet : Facet.values()) {
                node.set(facet.key(), meanNode(result, facet));
              }
            });
    ObjectNode groups = root.putObject("groups");
    for (Map.Entry<String, EvalResult> group : model.byGroup().entrySet()) {
      ObjectNode node = groups.putObject(group.getKey());
      node.put("n", group.getValue().n());
      for (Facet facet : Facet.values()) {
        FacetScore score = group.getValue().get(facet);
        ObjectNode f = node.putObject(facet.key());
        f.put("accuracy", round(score.accuracy()));
        f.put("macroF1", round(score.macroF1()));
        f.put("ece", round(score.expectedCalibrationError()));
        ObjectNode nb = f.putObject("baselines");
        report
            .baselines()
            .forEach(
                (name, result) ->
                    nb.put(name, round(result.byGroup().get(group.getKey()).get(facet).macroF1())));
      }
    }
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new ClassifyException("cannot write the report as JSON", e);
    }
  }

  /** Per facet: the model and each baseline (means over groups), then macro-F1 per group. */
  public String text(GroupedEvalReport report) {
    StringBuilder out = new StringBuilder();
    GroupedResult model = report.model();
    out.append(
        String.format(
            Locale.ROOT,
            "%d lessons, leave one group out (%d groups: each scored by a model trained on the"
                + " others); figures are means over groups, ± their standard deviation%n",
            report.n(),
            model.byGroup().size()));
    for (Facet facet : Facet.values()) {
      out.append(String.format(Locale.ROOT, "%n%s%n", facet.key()));
      out.append(
          String.format(
              Locale.ROOT,
              "  %-12s %8s %15s %6s %10s %10s%n",
              "",
              "accuracy",
              "macroF1",
              "ECE",
              "preselect",
              "precision"));
      row(out, "classifier", model, facet, true);
      report.baselines().forEach((name, result) -> row(out, name, result, facet, false));
      out.append("  macroF1 per group:");
      for (String group : model.byGroup().keySet()) {
        out.append(
            String.format(
                Locale.ROOT,
                " %s %.3f (NB %.3f)",
                group,
                model.byGroup().get(group).get(facet).macroF1(),
                report.baselines().containsKey("naiveBayes")
                    ? report.baselines().get("naiveBayes").byGroup().get(group).get(facet).macroF1()
                    : Double.NaN));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void row(
      StringBuilder out, String name, GroupedResult result, Facet facet, boolean all) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-12s %8.3f %8.3f ±%.3f %6.3f %10s %10s%n",
            name,
            result.mean(facet, FacetScore::accuracy),
            result.mean(facet, FacetScore::macroF1),
            result.spread(facet, FacetScore::macroF1),
            result.mean(facet, FacetScore::expectedCalibrationError),
            all
                ? String.format(
                    Locale.ROOT, "%.3f", result.mean(facet, FacetScore::preselectedShare))
                : "-",
            all
                ? String.format(
                    Locale.ROOT, "%.3f", result.mean(facet, FacetScore::preselectedPrecision))
                : "-"));
  }

  private ObjectNode meanNode(GroupedResult result, Facet facet) {
    ObjectNode node = json.createObjectNode();
    node.put("accuracy", round(result.mean(facet, FacetScore::accuracy)));
    node.put("macroF1", round(result.mean(facet, FacetScore::macroF1)));
    node.put("ece", round(result.mean(facet, FacetScore::expectedCalibrationError)));
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
