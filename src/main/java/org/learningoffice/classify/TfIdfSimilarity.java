package org.learningoffice.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cosine similarity of TF-IDF vectors over word stems, with IDF taken from the compared set. IDF is
 * smoothed (1 + ln((1+n)/(1+df))) so a word shared by every lesson of a small window still counts.
 * Our own few lines: Lucene's BM25 scores are not bounded, so a fixed threshold means less.
 */
public final class TfIdfSimilarity {

  /** Function words that say nothing about what a lesson is about. */
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
          "from", "is", "are", "wa", "were", "be", "been", "it", "it'", "thi", "that", "we", "our",
          "us", "they", "their", "he", "she", "i", "you", "as", "so", "not", "no", "have", "ha",
          "had", "do", "did", "will", "would", "can", "could", "should", "there", "if", "then");

  /** Similarity of {@code query} to each document, in document order, each in [0,1]. */
  public double[] similarities(List<String> query, List<List<String>> documents) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    List<Map<String, Integer>> counts = documents.stream().map(TfIdfSimilarity::counts).toList();
    Map<String, Integer> queryCounts = counts(query);
    for (Map<String, Integer> doc : counts) {
      doc.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    queryCounts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    int n = documents.size() + 1;
    Map<String, Double> q = weights(queryCounts, documentFrequency, n);
    double[] result = new double[documents.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = cosine(q, weights(counts.get(i), documentFrequency, n));
    }
    return result;
  }

  private static Map<String, Integer> counts(List<String> stems) {
    Map<String, Integer> counts = new HashMap<>();
    for (String stem : stems) {
      if (!STOP.contains(stem)) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Map<String, Double> weights(
      Map<String, Integer> counts, Map<String, Integer> documentFrequency, int n) {
    Map<String, Double> weights = new HashMap<>();
    counts.forEach(
        (term, tf) ->
            weights.put(
                term,
                (1 + Math.log(tf))
                    * (1 + Math.log((1.0 + n) / (1.0 + documentFrequency.get(term))))));
    return weights;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (var e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norms = norm(a) * norm(b);
    return norms == 0 ? 0.0 : Math.min(1.0, dot / norms);
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
