package org.learningoffice.classify;

import java.util.List;

/**
 * Cosine similarity of TF-IDF vectors over word stems, with IDF taken from the compared set (see
 * {@link TfIdfCorpus}, which holds the weighting): for a one-off comparison, such as the lessons
 * ranked for one new order.
 */
public final class TfIdfSimilarity {

  /** Similarity of {@code query} to each document, in document order, each in [0,1]. */
  public double[] similarities(List<String> query, List<List<String>> documents) {
    TfIdfCorpus<Integer> corpus = new TfIdfCorpus<>();
    for (int i = 0; i < documents.size(); i++) {
      corpus.add(i, documents.get(i));
    }
    double[] result = new double[documents.size()];
    corpus.similarities(query).forEach((i, similarity) -> result[i] = similarity);
    return result;
  }
}
