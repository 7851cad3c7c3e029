package org.learningoffice.classify;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live classifier: trained from the bundled lessons plus every person-confirmed lesson,
 * versioned in the model store, and retrained once enough new corrections have arrived.
 */
public final class ClassifierService implements Classifier {

  private static final Logger log = LoggerFactory.getLogger(ClassifierService.class);

  /** Trainings in a row that may lose to a newer model this release cannot read. */
  private static final int ATTEMPTS = 3;

  private record Current(LearnedClassifier classifier, StoredModel stored) {}

  private final LearnedClassifierTrainer trainer;
  private final LabelledLessonReader bundled;
  private final LabelledLessonSource confirmed;
  private final ClassifierModelStore store;
  private final ModelCodec codec;
  private final RetrainPolicy policy;
  private final Clock clock;
  private final AtomicReference<Current> current = new AtomicReference<>();
  private String featureFingerprint;

  @Inject
  public ClassifierService(
      LearnedClassifierTrainer trainer,
      LabelledLessonReader bundled,
      LabelledLessonSource confirmed,
      ClassifierModelStore store,
      ModelCodec codec,
      RetrainPolicy policy,
      Clock clock) {
    this.trainer = trainer;
    this.bundled = bundled;
    this.confirmed = confirmed;
    this.store = store;
    this.codec = codec;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Loads the newest stored model, or trains and stores one if none is stored, corrections have
   * made it due, or it cannot serve: unreadable, or trained on other features (stored by another
   * release).
   */
  public synchronized StoredModel start() {
    var latest = store.latest();
    if (latest.isPresent()
        && !policy.isDue(confirmed.countConfirmed(), latest.get().confirmedLessons())) {
      Optional<Current> restored = restore(latest.get());
      if (restored.isPresent()) {
        current.set(restored.get());
        return latest.get();
      }
    }
    return train();
  }

  /** The stored model ready to serve, or empty (and why in the log) when it cannot. */
  private Optional<Current> restore(StoredModel stored) {
    try {
      FacetModels models = codec.decode(stored.payload(), featureFingerprint());
      return Optional.of(new Current(trainer.restore(models), stored));
    } catch (ClassifyException e) {
      log.info(
          "stored classifier model v{} is not used: {}; training a new one",
          stored.version(),
          e.getMessage());
      return Optional.empty();
    }
  }

  /** The fingerprint of the current features over the bundled lessons, computed once. */
  private String featureFingerprint() {
    if (featureFingerprint == null) {
      featureFingerprint = trainer.featureFingerprint(bundled.bundled());
    }
    return featureFingerprint;
  }

  /**
   * Retrains when the policy says enough new corrections arrived; true if the model changed. When
   * another instance on the same store has already trained on those corrections, its stored model
   * is used instead of training another.
   */
  public synchronized boolean retrainIfDue() {
    Current now = current.get();
    if (now != null && !policy.isDue(confirmed.countConfirmed(), now.stored().confirmedLessons())) {
      return false;
    }
    start();
    return true;
  }

  /** The version number of the model in use (after {@link #start()}). */
  public int modelVersion() {
    return ensureStarted().stored().version();
  }

  @Override
  public Classification classify(LessonInput input) {
    return ensureStarted().classifier().classify(input);
  }

  @Override
  public VersionedClassification classifyVersioned(LessonInput input) {
    Current now = ensureStarted();
    return new VersionedClassification(
        now.classifier().classify(input), OptionalInt.of(now.stored().version()));
  }

  private Current ensureStarted() {
    Current now = current.get();
    if (now == null) {
      start();
      now = current.get();
    }
    return now;
  }

  /**
   * Trains on the bundled and the confirmed lessons and stores the model. When another instance
   * stored one trained on more confirmed lessons meanwhile, the store keeps that one, and so does
   * this instance; one this release cannot read is followed by a training on the corrections now
   * stored.
   */
  private StoredModel train() {
    for (int attempt = 1; ; attempt++) {
      long began = System.nanoTime();
      List<LabelledLesson> people = confirmed.confirmed();
      List<LabelledLesson> labelled = bundled.bundled();
      // The same weighting as classify eval --learning-curve measures.
      LearnedClassifier classifier = trainer.train(labelled, people);
      int trainingLessons = labelled.size() + people.size();
      double millis = (System.nanoTime() - began) / 1e6;
      StoredModel stored =
          store.save(
              new StoredModel(
                  0,
                  clock.instant(),
                  people.size(),
                  codec.encode(classifier.models(), featureFingerprint()),
                  Map.of("trainingLessons", (double) trainingLessons, "trainingMillis", millis)));
      if (stored.confirmedLessons() == people.size()) {
        current.set(new Current(classifier, stored));
        log.info(
            "classifier model v{} trained on {} lessons ({} confirmed by people) in {} ms",
            stored.version(),
            trainingLessons,
            people.size(),
            Math.round(millis));
        return stored;
      }
      log.info(
          "classifier model v{}, stored by another instance, was trained on {} confirmed lessons"
              + " and this one on {}: the newer one is kept",
          stored.version(),
          stored.confirmedLessons(),
          people.size());
      Optional<Current> newer = restore(stored);
      if (newer.isPresent()) {
        current.set(newer.get());
        return stored;
      }
      if (attempt >= ATTEMPTS) {
        throw new ClassifyException(
            "other instances kept storing classifier models this release cannot read");
      }
    }
  }
}
