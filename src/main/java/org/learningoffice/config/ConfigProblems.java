package org.learningoffice.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The problems found in one configuration, collected rather than thrown one at a time, so that a
 * user fixes them all at once.
 */
final class ConfigProblems {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> secretKeys = new LinkedHashSet<>();
  private final Map<String, String> variables = new HashMap<>();

  private record Problem(String key, String text) {}

  /** Marks {@code key} as holding a secret: its value is never quoted in a problem. */
  void secret(String key) {
    secretKeys.add(key);
  }

  /** The keys marked as secrets, in marking order. */
  Set<String> secretKeys() {
    return Set.copyOf(secretKeys);
  }

  /** Notes that the value of {@code key} came from the environment {@code variable}. */
  void fromEnvironment(String key, String variable) {
    variables.put(key, variable);
  }

  /** Records a problem about {@code key}, naming the environment variable its value came from. */
  void add(String key, String message) {
    String from = variables.containsKey(key) ? " (from " + variables.get(key) + ")" : "";
    problems.add(new Problem(key, key + from + ": " + message));
  }

  /** Whether a problem about {@code key} is recorded. */
  boolean has(String key) {
    return problems.stream().anyMatch(p -> p.key().equals(key));
  }

  /**
   * Records that a value is not what {@code key} takes, with an example; returns the fallback. The
   * value is quoted unless the key holds a secret.
   */
  <T> T invalid(String key, String value, String problem, String example, T fallback) {
    add(
        key,
        (secretKeys.contains(key)
                ? problem + " (value not shown: it is a secret)"
                : "'" + value + "' " + problem)
            + ", e.g. "
            + example);
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
