package org.learningoffice.classify;

import java.util.Optional;

/** Keeps versions of the trained classifier so instances share one and restarts are quick. */
public interface ClassifierModelStore {

  /**
   * Saves a model as the next version and returns it with that version number; unless the newest
   * stored version was trained on more person-confirmed lessons (another instance retrained on
   * newer corrections meanwhile): then nothing is saved and that newer version is returned. The
   * newest version is thus never trained on fewer confirmed lessons than an older one.
   */
  StoredModel save(StoredModel model);

  /** The newest version, if any was saved. */
  Optional<StoredModel> latest();
}
