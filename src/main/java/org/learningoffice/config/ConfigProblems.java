package org.learningoffice.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one configuration, collected rather than thrown one at a time, so that a
 * user fixes them all at once.
 */
final class ConfigProblems {
  private final List<String> problems = new ArrayList<>();

  /** Records a problem about {@code key}. */
  void add(String key, String message) {
    problems.add(key + ": " + message);
  }

  /** Records that a value is not what {@code key} takes, with an example; returns the fallback. */
  <T> T invalid(String key, String value, String problem, String example, T fallback) {
    add(key, "'" + value + "' " + problem + ", e.g. " + example);
    return fallback;
  }

  /** Throws a {@link ConfigException} naming every problem, then each of {@code more}, if any. */
  void throwIfAny(List<String> more) {
    List<String> all = new ArrayList<>(problems);
    all.addAll(more);
    if (!all.isEmpty()) {
      throw new ConfigException(all);
    }
  }
}
