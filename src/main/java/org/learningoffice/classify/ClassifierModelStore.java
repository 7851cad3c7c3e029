package org.learningoffice.classify;

import java.util.Optional;

/** Keeps versions of the trained classifier so instances share one and restarts are quick. */
public interface ClassifierModelStore {

  /** Saves a model as the next version and returns it with that version number. */
  StoredModel save(StoredModel model);

  /** The newest version, if any was saved. */
  Optional<StoredModel> latest();
}
