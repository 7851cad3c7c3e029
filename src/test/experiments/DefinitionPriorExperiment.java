package org.learningoffice.classify;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/**
 * Grouped-CV sweep: the taxonomy's definitions as pseudo-lessons of the model's naive Bayes
 * (docs/classifier.md, round 4). Not compiled by the build: to rerun, copy it to
 * src/test/java/org/learningoffice/classify and run `mvn -o test -Dtest=DefinitionPriorExperiment
 * -Dlo.experiment=true`; it writes /tmp/definition-sweep.txt.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class DefinitionPriorExperiment {

  record Row(
      String group,
      LabelledLesson lesson,
      Map<Facet, double[]> lr,
      Map<String, Map<Facet, double[]>> nb,
      int words,
      double evidence,
      boolean placed) {}

  @Test
  void sweep() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    NaiveBayesFeatures nbFeatures = injector.getInstance(NaiveBayesFeatures.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    Map<Facet, String[]> texts = new EnumMap<>(Facet.class);
    texts.put(
        Facet.UNIT,
        new String[] {
          "work done for this customer's order: quoting, sales, order entry and configuration,"
              + " customer-specific engineering, customer communication, delivery and installation,"
              + " every step that runs on the customer order rather than on a forecast",
          "work done for many orders, on plans and forecasts, out of the customer's sight: standard"
              + " engineering, stock procurement, stock production, capacity planning, warehouse,"
              + " quality system, tools, finance",
          "the interface between front office and back office: hand-overs, order specifications"
              + " passed on, priority and date negotiation, change orders, a lesson that needs both"
              + " sides to change together"
        });
    texts.put(
        Facet.TYPE,
        new String[] {
          "do the known better: refine, standardise, reuse, remove a repeated error, make it faster"
              + " or cheaper; checklist, template, standard, reuse, again, reduce, double-check, as"
              + " usual",
          "do something new: respond to a requirement not met before, try another method,"
              + " supplier, material or technology, question the current way; first time, new,"
              + " tried, experiment, prototype, alternative, rethink, pilot"
        });
    texts.put(
        Facet.DIRECTION,
        new String[] {
          "an insight drawn out of what happened in this order",
          "a preparation or change aimed at orders to come: a module, a standard, a training, a"
              + " template made ahead of demand"
        });
    Map<Facet, List<List<String>>> defWords = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<List<String>> per = new ArrayList<>();
      for (String t : texts.get(facet)) {
        per.add(
            LearnedClassifier.distinct(
                    nbFeatures.extract(LessonInput.of("", t, Strategy.MTO, PriorityClass.STANDARD)))
                .stream()
                .filter(w -> w.startsWith("w=") || w.startsWith("b="))
                .toList());
      }
      defWords.put(facet, per);
    }
    double[] ms = {0, 1, 3, 10, 30};
    List<Row> rows = new ArrayList<>();
    for (GroupSplit split : new GroupedCrossValidator().splits(lessons)) {
      FacetModels models = trainer.train(split.training()).models();
      List<List<String>> words = new ArrayList<>();
      Map<String, Integer> with = new HashMap<>();
      for (LabelledLesson l : split.training()) {
        List<String> d = LearnedClassifier.distinct(nbFeatures.extract(l.input()));
        words.add(d);
        d.forEach(w -> with.merge(w, 1, Integer::sum));
      }
      words.replaceAll(ws -> ws.stream().filter(w -> with.get(w) >= 2).toList());
      Map<String, Map<Facet, NaiveBayesModel>> nbs = new LinkedHashMap<>();
      for (double m : ms) {
        for (Facet facet : Facet.values()) {
          List<List<String>> all = new ArrayList<>(words);
          List<String> labels =
              new ArrayList<>(split.training().stream().map(l -> l.gold().label(facet)).toList());
          List<Double> weights = new ArrayList<>(java.util.Collections.nCopies(words.size(), 1.0));
          if (m > 0) {
            for (int i = 0; i < facet.labels().size(); i++) {
              all.add(defWords.get(facet).get(i));
              labels.add(facet.labels().get(i));
              weights.add(m);
            }
          }
          nbs.computeIfAbsent("m=" + m, k -> new EnumMap<>(Facet.class))
              .put(facet, NaiveBayesModel.train(facet, all, labels, weights));
        }
      }
      for (LabelledLesson lesson : split.heldOut()) {
        LessonFeatures lf = features.extract(lesson.input());
        String[] context = lf.contextArray();
        List<String> ws = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
        double evidence =
            Math.min(
                1.0,
                models.get(Facet.UNIT).knownFeatures(context, "w=")
                    / LearnedClassifier.FULL_EVIDENCE_WORDS);
        Map<Facet, double[]> lr = new EnumMap<>(Facet.class);
        Map<String, Map<Facet, double[]>> nb = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
          double[] p = models.get(facet).probabilities(context);
          double[] l = new double[p.length];
          for (int i = 0; i < p.length; i++) {
            l[i] = Math.log(Math.max(p[i], 1e-12));
          }
          lr.put(facet, l);
          nbs.forEach(
              (name, byFacet) ->
                  nb.computeIfAbsent(name, k -> new EnumMap<>(Facet.class))
                      .put(facet, byFacet.get(facet).logJoint(ws)));
        }
        rows.add(
            new Row(split.group(), lesson, lr, nb, ws.size(), evidence, lf.codp().isPresent()));
      }
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/definition-sweep.txt")))) {
      for (Facet facet : Facet.values()) {
        out.printf("== %s%n", facet.key());
        for (String name : rows.get(0).nb().keySet()) {
          for (double w : new double[] {0, 1, 2, 3, 4}) {
            for (double t : new double[] {1.0, 1.2, 1.6, 2.0, 2.5}) {
              line(out, name + " w=" + w + " T=" + t, facet, rows, name, w, t);
            }
          }
        }
        out.flush();
      }
    }
  }

  private static void line(
      PrintWriter out,
      String label,
      Facet facet,
      List<Row> rows,
      String name,
      double w,
      double temperature) {
    Map<String, FacetScoreSheet> sheets = new LinkedHashMap<>();
    double threshold = ClassifySettings.defaults().preselectFrom(facet);
    for (Row row : rows) {
      double[] lr = row.lr().get(facet);
      double[] joint = row.nb().get(name).get(facet);
      double scale = w / Math.sqrt(Math.max(1, row.words()));
      double[] s = new double[lr.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = lr[i] + scale * joint[i];
      }
      double[] p = NaiveBayesModel.softmax(s, temperature);
      if (!(facet == Facet.UNIT && row.placed())) {
        for (int i = 0; i < p.length; i++) {
          p[i] = row.evidence() * p[i] + (1 - row.evidence()) / p.length;
        }
      }
      int best = SuggestionFactory.best(p);
      double confidence = Math.min(SuggestionFactory.MAX_CONFIDENCE, p[best]);
      sheets
          .computeIfAbsent(row.group(), g -> new FacetScoreSheet(facet))
          .record(
              row.lesson().gold().label(facet),
              facet.labels().get(best),
              confidence,
              confidence >= threshold);
    }
    Map<String, EvalResult> byGroup = new LinkedHashMap<>();
    sheets.forEach(
        (g, sheet) -> {
          Map<Facet, FacetScore> one = new EnumMap<>(Facet.class);
          for (Facet f : Facet.values()) {
            one.put(f, f == facet ? sheet.score() : new FacetScoreSheet(f).score());
          }
          byGroup.put(g, new EvalResult(one, 0));
        });
    GroupedResult result = new GroupedResult(byGroup);
    StringBuilder perGroup = new StringBuilder();
    for (EvalResult r : byGroup.values()) {
      perGroup.append(String.format(Locale.ROOT, " %.3f", r.get(facet).macroF1()));
    }
    out.printf(
        Locale.ROOT,
        "%-24s F1 %.3f ± %.3f  ECE %.3f  pre %.0f%% @ %.3f |%s%n",
        label,
        result.mean(facet, FacetScore::macroF1),
        result.spread(facet, FacetScore::macroF1),
        result.mean(facet, FacetScore::expectedCalibrationError),
        100 * result.mean(facet, FacetScore::preselectedShare),
        result.mean(facet, FacetScore::preselectedPrecision),
        perGroup);
  }
}
