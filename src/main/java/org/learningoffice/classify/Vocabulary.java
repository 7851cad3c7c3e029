package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General domain words per facet and label ("first time" → EXPLORATION); an installation may extend
 * the bundled list with its own words.
 */
public record Vocabulary(Map<Facet, Map<String, List<String>>> phrases) {

  public Vocabulary {
    Map<Facet, Map<String, List<String>>> copy = new EnumMap<>(Facet.class);
    phrases.forEach(
        (facet, byLabel) -> {
          Map<String, List<String>> labels = new LinkedHashMap<>();
          byLabel.forEach(
              (label, list) -> {
                if (!facet.labels().contains(label)) {
                  throw new ClassifyException(
                      "vocabulary: '"
                          + label
                          + "' is not a "
                          + facet.key()
                          + " label; use one of "
                          + facet.labels());
                }
                labels.put(label, List.copyOf(list));
              });
          copy.put(facet, Collections.unmodifiableMap(labels));
        });
    // In the file's order, every run: the order cues are found in is the order of the features,
    // which the stored model's fingerprint reads (Map.copyOf's order changes from run to run).
    phrases = Collections.unmodifiableMap(copy);
  }

  /** Every (facet, label, phrase) triple, facets in their order, labels and phrases as given. */
  public List<Cue> entries() {
    List<Cue> all = new ArrayList<>();
    phrases.forEach(
        (facet, byLabel) ->
            byLabel.forEach((label, list) -> list.forEach(p -> all.add(new Cue(facet, label, p)))));
    return all;
  }

  /** This vocabulary with another's phrases added (duplicates dropped). */
  public Vocabulary extendedWith(Vocabulary other) {
    Map<Facet, Map<String, List<String>>> merged = new EnumMap<>(Facet.class);
    for (Vocabulary v : List.of(this, other)) {
      v.phrases.forEach(
          (facet, byLabel) ->
              byLabel.forEach(
                  (label, list) -> {
                    Map<String, List<String>> labels =
                        merged.computeIfAbsent(facet, f -> new LinkedHashMap<>());
                    Set<String> set = new LinkedHashSet<>(labels.getOrDefault(label, List.of()));
                    set.addAll(list);
                    labels.put(label, List.copyOf(set));
                  }));
    }
    return new Vocabulary(merged);
  }
}
