package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TfIdfCorpusTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final List<List<String>> LESSONS =
      new LabelledLessonReader(new ObjectMapper())
          .bundled().stream()
              .map(l -> TOKENIZER.stems(l.input().title() + "\n" + l.input().text()))
              .toList();

  @Test
  void scoresEveryDocumentAsTheTfIdfCosineComputedDirectly() {
    List<List<String>> documents = LESSONS.subList(0, 300);
    TfIdfCorpus<Integer> corpus = new TfIdfCorpus<>();
    for (int i = 0; i < documents.size(); i++) {
      corpus.add(i, documents.get(i));
    }

    for (List<String> query : LESSONS.subList(300, 340)) {
      Map<Integer, Double> similar = corpus.similarities(query);
      double[] expected = Direct.similarities(query, documents);
      for (int i = 0; i < expected.length; i++) {
        assertThat(similar.getOrDefault(i, 0.0)).isCloseTo(expected[i], within(1e-12));
      }
    }
  }

  @Test
  void aCorpusKeptThroughAddsAndRemovesScoresAsOneBuiltAfresh() {
    Random random = new Random(7);
    TfIdfCorpus<Integer> kept = new TfIdfCorpus<>();
    Map<Integer, List<String>> held = new LinkedHashMap<>();
    for (int step = 0; step < 2_000; step++) {
      int key = random.nextInt(400);
      if (random.nextInt(3) == 0) {
        kept.remove(key);
        held.remove(key);
      } else {
        List<String> document = LESSONS.get(random.nextInt(LESSONS.size()));
        kept.add(key, document); // replaces the document of that key, if any
        held.put(key, document);
      }
      if (step % 250 == 0) {
        TfIdfCorpus<Integer> fresh = new TfIdfCorpus<>();
        held.forEach(fresh::add);
        List<String> query = LESSONS.get(random.nextInt(LESSONS.size()));
        assertThat(kept.size()).isEqualTo(held.size());
        Map<Integer, Double> expected = fresh.similarities(query);
        Map<Integer, Double> actual = kept.similarities(query);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, s) -> assertThat(actual.get(k)).isCloseTo(s, within(1e-12)));
      }
    }
  }

  @Test
  void stemsNoDocumentHoldsAnyMoreAreForgotten() {
    TfIdfCorpus<Integer> corpus = new TfIdfCorpus<>();
    corpus.add(0, List.of("fixtur", "weld"));
    for (int i = 1; i <= 10_000; i++) {
      corpus.add(i, List.of("word" + i, "weld"));
      corpus.remove(i);
    }

    assertThat(corpus.stems()).isEqualTo(2);
    assertThat(corpus.similarities(List.of("weld")).keySet()).containsExactly(0);
  }

  @Test
  void documentsSharingNoStemWithTheQueryAreLeftOut() {
    TfIdfCorpus<String> corpus = new TfIdfCorpus<>();
    corpus.add("crate", List.of("crate", "drawing", "packing"));
    corpus.add("paint", List.of("paint", "oven", "burner"));

    assertThat(corpus.similarities(List.of("crate", "size")).keySet()).containsExactly("crate");
    assertThat(corpus.similarities(List.of("the", "and", "of"))).isEmpty();
    assertThat(corpus.similarities(List.of())).isEmpty();
  }

  @Test
  void aDocumentIsMostSimilarToItselfAndNeverAboveOne() {
    TfIdfCorpus<Integer> corpus = new TfIdfCorpus<>();
    for (int i = 0; i < 50; i++) {
      corpus.add(i, LESSONS.get(i));
    }

    Map<Integer, Double> similar = corpus.similarities(LESSONS.get(17));

    assertThat(similar.values()).allMatch(s -> s > 0 && s <= 1.0);
    assertThat(similar.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
        .isEqualTo(17);
  }

  /** The textbook computation, every weight computed afresh: what the corpus must equal. */
  private static final class Direct {
    private static final Set<String> STOP = TfIdfCorpus.STOP;

    static double[] similarities(List<String> query, List<List<String>> documents) {
      Map<String, Integer> documentFrequency = new HashMap<>();
      List<Map<String, Integer>> counts = new ArrayList<>();
      documents.forEach(d -> counts.add(counts(d)));
      Map<String, Integer> queryCounts = counts(query);
      counts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
      queryCounts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      int n = documents.size() + 1;
      Map<String, Double> q = weights(queryCounts, documentFrequency, n);
      double[] result = new double[documents.size()];
      for (int i = 0; i < result.length; i++) {
        Map<String, Double> d = weights(counts.get(i), documentFrequency, n);
        double dot = 0;
        for (var e : q.entrySet()) {
          dot += e.getValue() * d.getOrDefault(e.getKey(), 0.0);
        }
        double norms = norm(q) * norm(d);
        result[i] = norms == 0 ? 0.0 : Math.min(1.0, dot / norms);
      }
      return result;
    }

    private static Map<String, Integer> counts(List<String> stems) {
      Map<String, Integer> counts = new HashMap<>();
      stems.stream().filter(s -> !STOP.contains(s)).forEach(s -> counts.merge(s, 1, Integer::sum));
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

    private static double norm(Map<String, Double> v) {
      return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }
  }
}
