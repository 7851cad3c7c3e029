package org.learningoffice.classify;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One saved version of the learned layer.
 *
 * @param version increasing number given by the store (0 before saving)
 * @param trainedAt when training finished
 * @param confirmedLessons how many person-confirmed lessons it was trained on (besides the bundled
 *     ones), so the retraining policy can count new corrections
 * @param payload the serialised facet models ({@link ModelCodec})
 * @param metrics figures about the training run, e.g. {@code trainingLessons}, {@code
 *     trainingMillis}
 */
public record StoredModel(
    int version,
    Instant trainedAt,
    int confirmedLessons,
    byte[] payload,
    Map<String, Double> metrics) {

  public StoredModel {
    Objects.requireNonNull(trainedAt, "trainedAt");
    payload = payload.clone();
    metrics = Map.copyOf(metrics);
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** The same model under the version number a store gave it. */
  public StoredModel withVersion(int newVersion) {
    return new StoredModel(newVersion, trainedAt, confirmedLessons, payload, metrics);
  }
}
