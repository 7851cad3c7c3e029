package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Model versions held in memory: for tests and the command line. */
public final class InMemoryClassifierModelStore implements ClassifierModelStore {

  private final List<StoredModel> versions = new ArrayList<>();

  @Override
  public synchronized StoredModel save(StoredModel model) {
    Optional<StoredModel> newest = latest();
    if (newest.isPresent() && newest.get().confirmedLessons() > model.confirmedLessons()) {
      return newest.get();
    }
    StoredModel saved = model.withVersion(versions.size() + 1);
    versions.add(saved);
    return saved;
  }

  @Override
  public synchronized Optional<StoredModel> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }
}
