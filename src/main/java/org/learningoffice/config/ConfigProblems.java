package org.learningoffice.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The problems found in one configuration, collected rather than thrown one at a time, so that a
 * user fixes them all at once.
 */
final class ConfigProblems {
  private final List<Problem> problems = new ArrayList<>();

  private record Problem(String key, String text) {}

  /** Records a problem about {@code key}. */
  void add(String key, String message) {
    problems.add(new Problem(key, key + ": " + message));
  }

  /** Records that a value is not what {@code key} takes, with an example; returns the fallback. */
  <T> T invalid(String key, String value, String problem, String example, T fallback) {
    add(key, "'" + value + "' " + problem + ", e.g. " + example);
    return fallback;
  }

  /** Throws a {@link ConfigException} naming every problem, then each of {@code more}, if any. */
  void throwIfAny(List<String> more) {
    throwIfAny(key -> true, more);
  }

  /** As {@link #throwIfAny(List)}, counting only the problems of the keys {@code fatal} accepts. */
  void throwIfAny(Predicate<String> fatal, List<String> more) {
    List<String> all = new ArrayList<>();
    problems.stream().filter(p -> fatal.test(p.key())).forEach(p -> all.add(p.text()));
    all.addAll(more);
    if (!all.isEmpty()) {
      throw new ConfigException(all);
    }
  }
}
