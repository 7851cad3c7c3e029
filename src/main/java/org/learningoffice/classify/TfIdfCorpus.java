package org.learningoffice.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents as TF-IDF vectors over word stems, kept between queries: documents come and go one at a
 * time, and a query is scored against all of them by cosine similarity. IDF is taken from the
 * documents plus the query and smoothed, 1 + ln((1 + n) / (1 + df)) with n = documents + 1, so a
 * word shared by every document of a small set still counts. Our own few lines: Lucene's BM25
 * scores are not bounded, so a fixed threshold means less.
 *
 * <p>Stems are held as small integer ids (freed when no document has them any more), each document
 * as its stem ids and term weights, and each document's squared norm without the query: a query
 * then reads two arrays per document and corrects the norm for its own stems, instead of weighing
 * every word of every document again. Not thread-safe.
 *
 * @param <K> how the caller names its documents
 */
public final class TfIdfCorpus<K> {

  /** Function words that say nothing about what a lesson is about. */
  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
          "from", "is", "are", "wa", "were", "be", "been", "it", "it'", "thi", "that", "we", "our",
          "us", "they", "their", "he", "she", "i", "you", "as", "so", "not", "no", "have", "ha",
          "had", "do", "did", "will", "would", "can", "could", "should", "there", "if", "then");

  /** A document: its stem ids, their term-frequency weights, and its norm² without a query. */
  private static final class Document<K> {
    final K key;
    final int[] stems;
    final double[] termWeights;
    double normSquared;

    Document(K key, int[] stems, double[] termWeights) {
      this.key = key;
      this.stems = stems;
      this.termWeights = termWeights;
    }
  }

  private final Map<String, Integer> stemIds = new HashMap<>();
  private final Deque<Integer> freeIds = new ArrayDeque<>();
  private String[] stemOf = new String[256];
  private int[] documentFrequency = new int[256];
  private final List<Document<K>> documents = new ArrayList<>();
  private final Map<K, Integer> positions = new HashMap<>();

  /** Per stem id, the query's weight while a query runs (0: not in the query). */
  private double[] queryWeight = new double[256];

  private double[] queryIdf = new double[256];
  private double[] documentIdf = new double[256];
  private boolean normsStale;

  /** Adds a document, or replaces the one of the same key. */
  public void add(K key, List<String> stems) {
    remove(key);
    Map<String, Integer> counts = counts(stems);
    int[] ids = new int[counts.size()];
    double[] weights = new double[counts.size()];
    int i = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      int id = idOf(count.getKey());
      documentFrequency[id]++;
      ids[i] = id;
      weights[i] = termWeight(count.getValue());
      i++;
    }
    positions.put(key, documents.size());
    documents.add(new Document<>(key, ids, weights));
    normsStale = true;
  }

  /** Removes a document; nothing happens when there is none of that key. */
  public void remove(K key) {
    Integer position = positions.remove(key);
    if (position == null) {
      return;
    }
    Document<K> removed = documents.get(position);
    Document<K> last = documents.remove(documents.size() - 1);
    if (last != removed) {
      documents.set(position, last);
      positions.put(last.key, position);
    }
    for (int id : removed.stems) {
      if (--documentFrequency[id] == 0) {
        stemIds.remove(stemOf[id]);
        stemOf[id] = null;
        freeIds.push(id);
      }
    }
    normsStale = true;
  }

  /** How many documents are held. */
  public int size() {
    return documents.size();
  }

  /** How many distinct stems the documents hold (those of removed documents are forgotten). */
  int stems() {
    return stemIds.size();
  }

  /**
   * Cosine similarity of the query to every document that shares a stem with it, each in (0, 1];
   * every other document's similarity is 0.
   */
  public Map<K, Double> similarities(List<String> query) {
    int n = documents.size() + 1;
    if (normsStale) {
      refreshNorms(n);
    }
    Map<String, Integer> counts = counts(query);
    List<Integer> known = new ArrayList<>(counts.size());
    double queryNormSquared = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      Integer id = stemIds.get(count.getKey());
      int frequency = id == null ? 0 : documentFrequency[id];
      double idf = idf(n, frequency + 1); // the query has the stem too
      double weight = termWeight(count.getValue()) * idf;
      queryNormSquared += weight * weight;
      if (id != null) {
        known.add(id);
        queryWeight[id] = weight;
        queryIdf[id] = idf;
        documentIdf[id] = idf(n, frequency);
      }
    }
    Map<K, Double> similar = new LinkedHashMap<>();
    for (Document<K> document : documents) {
      double dot = 0;
      double normSquared = document.normSquared;
      for (int i = 0; i < document.stems.length; i++) {
        int id = document.stems[i];
        if (queryWeight[id] != 0) {
          double tf = document.termWeights[i];
          dot += queryWeight[id] * tf * queryIdf[id];
          // the query's own occurrence lowers this stem's IDF in the document's vector too
          normSquared +=
              tf * tf * (queryIdf[id] * queryIdf[id] - documentIdf[id] * documentIdf[id]);
        }
      }
      if (dot > 0) {
        similar.put(document.key, Math.min(1.0, dot / Math.sqrt(normSquared * queryNormSquared)));
      }
    }
    known.forEach(id -> queryWeight[id] = 0);
    return similar;
  }

  private void refreshNorms(int n) {
    for (Document<K> document : documents) {
      double sum = 0;
      for (int i = 0; i < document.stems.length; i++) {
        double weight = document.termWeights[i] * idf(n, documentFrequency[document.stems[i]]);
        sum += weight * weight;
      }
      document.normSquared = sum;
    }
    normsStale = false;
  }

  private int idOf(String stem) {
    Integer id = stemIds.get(stem);
    if (id != null) {
      return id;
    }
    // with no id free, every id handed out so far is in use
    int fresh = freeIds.isEmpty() ? stemIds.size() : freeIds.pop();
    if (fresh >= documentFrequency.length) {
      int length = documentFrequency.length * 2;
      stemOf = Arrays.copyOf(stemOf, length);
      documentFrequency = Arrays.copyOf(documentFrequency, length);
      queryWeight = Arrays.copyOf(queryWeight, length);
      queryIdf = Arrays.copyOf(queryIdf, length);
      documentIdf = Arrays.copyOf(documentIdf, length);
    }
    stemIds.put(stem, fresh);
    stemOf[fresh] = stem;
    return fresh;
  }

  private static Map<String, Integer> counts(List<String> stems) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String stem : stems) {
      if (!STOP.contains(stem)) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static double termWeight(int count) {
    return 1 + Math.log(count);
  }

  private static double idf(int n, int documentFrequency) {
    return 1 + Math.log((1.0 + n) / (1.0 + documentFrequency));
  }
}
