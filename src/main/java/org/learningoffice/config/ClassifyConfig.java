package org.learningoffice.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The lesson classifier: when a suggestion is pre-selected, what counts as recurrent, which extra
 * vocabulary to use and when to retrain.
 *
 * @param minConfidence below this confidence the form pre-selects nothing
 * @param recurrenceMinSimilar how many other orders with a similar earlier lesson make a lesson
 *     recurrent
 * @param recurrenceLookBack how far back earlier lessons count for recurrence
 * @param recurrenceThreshold TF-IDF cosine similarity from which two lessons say the same
 * @param vocabulary an installation's vocabulary YAML, merged with the bundled one
 * @param retrainAfter new person-confirmed lessons that trigger retraining
 */
public record ClassifyConfig(
    double minConfidence,
    int recurrenceMinSimilar,
    Duration recurrenceLookBack,
    double recurrenceThreshold,
    Optional<Path> vocabulary,
    int retrainAfter) {

  public ClassifyConfig {
    Objects.requireNonNull(recurrenceLookBack, "recurrenceLookBack");
    Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /** The defaults, as when the file has no {@code classify:} section. */
  public static ClassifyConfig defaults() {
    return new ClassifyConfig(0.9, 2, Duration.ofDays(90), 0.3, Optional.empty(), 20);
  }

  static ClassifyConfig read(ConfigReader r) {
    ClassifyConfig d = defaults();
    double minConfidence = r.decimal("classify.minConfidence", d.minConfidence(), 0.0, 1.0);
    int minSimilar =
        r.integer("classify.recurrence.minSimilar", d.recurrenceMinSimilar(), 1, 1_000);
    Duration lookBack = r.duration("classify.recurrence.lookBack", d.recurrenceLookBack());
    double threshold =
        r.decimal("classify.recurrence.threshold", d.recurrenceThreshold(), 0.01, 1.0);
    Optional<Path> vocabulary = r.string("classify.vocabulary").map(Path::of);
    vocabulary
        .filter(path -> !path.toFile().isFile())
        .ifPresent(
            path ->
                r.problem(
                    "classify.vocabulary",
                    "'"
                        + path
                        + "' is not a readable file"
                        + (path.isAbsolute()
                            ? ""
                            : " (looked for "
                                + path.toAbsolutePath().normalize()
                                + ": a relative path is from the working directory, not the"
                                + " config file's folder)")
                        + ", e.g. ./vocabulary-extra.yml (same shape as the bundled"
                        + " classify/vocabulary.yml)"));
    int retrainAfter = r.integer("classify.retrainAfter", d.retrainAfter(), 1, 1_000_000);
    return new ClassifyConfig(
        minConfidence, minSimilar, lookBack, threshold, vocabulary, retrainAfter);
  }
}
