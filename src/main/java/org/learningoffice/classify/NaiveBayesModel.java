package org.learningoffice.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes for one facet with add-one smoothing: P(label) is the label's share of
 * the training lessons, P(feature | label) = (count + 1) / (label's feature count + vocabulary
 * size); features never seen in training are ignored.
 */
public final class NaiveBayesModel {

  private final Facet facet;
  private final double[] logPrior;
  private final Map<String, double[]> logLikelihood;
  private final double[] logUnseen;

  private NaiveBayesModel(
      Facet facet, double[] logPrior, Map<String, double[]> logLikelihood, double[] logUnseen) {
    this.facet = facet;
    this.logPrior = logPrior;
    this.logLikelihood = logLikelihood;
    this.logUnseen = logUnseen;
  }

  /**
   * Counts features per label.
   *
   * @param features per lesson, with repeats
   * @param labels gold label per lesson
   * @param weights how many times each lesson counts
   */
  public static NaiveBayesModel train(
      Facet facet, List<List<String>> features, List<String> labels, List<Double> weights) {
    int n = facet.labels().size();
    double[] lessons = new double[n];
    double[] totals = new double[n];
    Map<String, double[]> counts = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      int label = facet.labels().indexOf(labels.get(i));
      double weight = weights.get(i);
      lessons[label] += weight;
      for (String feature : features.get(i)) {
        counts.computeIfAbsent(feature, f -> new double[n])[label] += weight;
        totals[label] += weight;
      }
    }
    double all = 0;
    for (double c : lessons) {
      all += c;
    }
    double[] logPrior = new double[n];
    double[] logUnseen = new double[n];
    for (int c = 0; c < n; c++) {
      // A label absent from training keeps a tiny prior, so it stays possible, not likely.
      logPrior[c] = Math.log(Math.max(lessons[c], 1e-3) / all);
      logUnseen[c] = -Math.log(totals[c] + counts.size());
    }
    Map<String, double[]> logLikelihood = new HashMap<>(counts.size() * 2);
    counts.forEach(
        (feature, byLabel) -> {
          double[] log = new double[n];
          for (int c = 0; c < n; c++) {
            log[c] = Math.log(byLabel[c] + 1) + logUnseen[c];
          }
          logLikelihood.put(feature, log);
        });
    return new NaiveBayesModel(facet, logPrior, logLikelihood, logUnseen);
  }

  /** The facet this model predicts. */
  public Facet facet() {
    return facet;
  }

  /** Log P(label) + Σ log P(feature | label) per label, unnormalised. */
  public double[] logJoint(List<String> features) {
    double[] score = logPrior.clone();
    for (String feature : features) {
      double[] log = logLikelihood.get(feature);
      if (log != null) {
        for (int c = 0; c < score.length; c++) {
          score[c] += log[c];
        }
      }
    }
    return score;
  }

  /** Posterior probabilities in the order of {@link Facet#labels()}. */
  public double[] probabilities(List<String> features) {
    return softmax(logJoint(features), 1.0);
  }

  /**
   * How much a feature speaks for {@code label} against the mean of the others, in log odds; 0 for
   * a feature never seen.
   */
  public double weightFor(String feature, int label) {
    double[] log = logLikelihood.get(feature);
    if (log == null) {
      return 0.0;
    }
    double others = 0;
    for (int c = 0; c < log.length; c++) {
      if (c != label) {
        others += (log[c] - logUnseen[c]) / (log.length - 1);
      }
    }
    return (log[label] - logUnseen[label]) - others;
  }

  /** Writes the model for the model store: label count, priors, unseen terms, then features. */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(logPrior.length);
    for (int c = 0; c < logPrior.length; c++) {
      out.writeDouble(logPrior[c]);
      out.writeDouble(logUnseen[c]);
    }
    out.writeInt(logLikelihood.size());
    for (Map.Entry<String, double[]> entry : logLikelihood.entrySet()) {
      out.writeUTF(entry.getKey());
      for (double v : entry.getValue()) {
        out.writeDouble(v);
      }
    }
  }

  /** Reads a model written by {@link #writeTo}. */
  static NaiveBayesModel readFrom(Facet facet, DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n != facet.labels().size()) {
      throw new IOException("naive Bayes model of " + n + " labels for " + facet.key());
    }
    double[] logPrior = new double[n];
    double[] logUnseen = new double[n];
    for (int c = 0; c < n; c++) {
      logPrior[c] = in.readDouble();
      logUnseen[c] = in.readDouble();
    }
    int features = in.readInt();
    Map<String, double[]> logLikelihood = new HashMap<>(features * 2);
    for (int f = 0; f < features; f++) {
      String feature = in.readUTF();
      double[] log = new double[n];
      for (int c = 0; c < n; c++) {
        log[c] = in.readDouble();
      }
      logLikelihood.put(feature, log);
    }
    return new NaiveBayesModel(facet, logPrior, logLikelihood, logUnseen);
  }

  /** Normalised exp(score / temperature). */
  static double[] softmax(double[] score, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double[] p = new double[score.length];
    double sum = 0;
    for (int c = 0; c < score.length; c++) {
      p[c] = Math.exp((score[c] - max) / temperature);
      sum += p[c];
    }
    for (int c = 0; c < score.length; c++) {
      p[c] /= sum;
    }
    return p;
  }
}
