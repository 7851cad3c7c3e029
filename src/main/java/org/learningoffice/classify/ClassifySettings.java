package org.learningoffice.classify;

import java.time.Duration;
import org.learningoffice.config.ClassifyConfig;

/**
 * Settings of the classifier ({@code classify.*} in the config file).
 *
 * @param minConfidence below this confidence the form pre-selects nothing
 * @param recurrenceLookBack how far back earlier lessons count for recurrence
 * @param recurrenceMinSimilar how many other orders with a similar earlier lesson make a lesson
 *     recurrent
 * @param recurrenceThreshold TF-IDF cosine similarity from which two lessons say the same
 * @param retrainAfter person-confirmed or corrected lessons that trigger retraining
 */
public record ClassifySettings(
    double minConfidence,
    Duration recurrenceLookBack,
    int recurrenceMinSimilar,
    double recurrenceThreshold,
    int retrainAfter) {

  public ClassifySettings {
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new ClassifyException("classify.minConfidence must be in [0,1]: " + minConfidence);
    }
    if (recurrenceLookBack.isNegative() || recurrenceLookBack.isZero()) {
      throw new ClassifyException("classify.recurrence.lookBack must be positive");
    }
    if (recurrenceMinSimilar < 1) {
      throw new ClassifyException("classify.recurrence.minSimilar must be at least 1");
    }
    if (!(recurrenceThreshold > 0.0 && recurrenceThreshold <= 1.0)) {
      throw new ClassifyException("classify.recurrence.threshold must be in (0,1]");
    }
    if (retrainAfter < 1) {
      throw new ClassifyException("classify.retrainAfter must be at least 1");
    }
  }

  /**
   * The defaults: 0.9, P90D, 2, 0.3, 20. At 0.9 the pre-selected labels were right 97 % (unit) and
   * 96 % (type) of the time on writers the model had not read (leave-one-group-out CV).
   */
  public static ClassifySettings defaults() {
    return new ClassifySettings(0.9, Duration.ofDays(90), 2, 0.3, 20);
  }

  /** The settings of a {@code classify:} config section. */
  public static ClassifySettings from(ClassifyConfig config) {
    return new ClassifySettings(
        config.minConfidence(),
        config.recurrenceLookBack(),
        config.recurrenceMinSimilar(),
        config.recurrenceThreshold(),
        config.retrainAfter());
  }

  /**
   * Direction is pre-selected from this confidence at least, whatever {@link #minConfidence} says.
   * On writers the model had not read (leave-one-group-out CV) direction's pre-selected labels were
   * right 0.917 of the time from 0.9, 0.931 from 0.95 and 0.951 from 0.97 (see docs/classifier.md):
   * its confidence travels worse between writers than unit's and type's.
   */
  static final double DIRECTION_PRESELECT_FROM = 0.97;

  /** The confidence from which the form pre-selects a facet's suggested label. */
  public double preselectFrom(Facet facet) {
    return facet == Facet.DIRECTION
        ? Math.max(minConfidence, DIRECTION_PRESELECT_FROM)
        : minConfidence;
  }

  /** These settings with another minimum confidence. */
  public ClassifySettings withMinConfidence(double value) {
    return new ClassifySettings(
        value, recurrenceLookBack, recurrenceMinSimilar, recurrenceThreshold, retrainAfter);
  }
}
