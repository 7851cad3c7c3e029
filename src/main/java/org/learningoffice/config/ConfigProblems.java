package org.learningoffice.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
  private final KeyLocations locations;

  ConfigProblems(KeyLocations locations) {
    this.locations = locations;
  }

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

  /**
   * Records a problem about {@code key}, naming the environment variable its value came from, or
   * else the file, line and column where the key is written.
   */
  void add(String key, String message) {
    String from = variables.containsKey(key) ? " (from " + variables.get(key) + ")" : "";
    problems.add(new Problem(key, where(key) + key + from + ": " + message));
  }

  /**
   * {@code FILE line L, column C: } for a key written in the config file and not overridden by the
   * environment; empty for any other key.
   */
  String where(String key) {
    return variables.containsKey(key) ? "" : locations.of(key).orElse("");
  }

  /** Whether a problem about {@code key} is recorded. */
  boolean has(String key) {
    return problems.stream().anyMatch(p -> p.key().equals(key));
  }

  /**
   * Records that a value is not what {@code key} takes, with an example; returns the fallback. The
   * value is quoted unless the key holds a secret or its name says it might (token, secret,
   * password).
   */
  <T> T invalid(String key, String value, String problem, String example, T fallback) {
    add(
        key,
        (secretKeys.contains(key) || namedLikeASecret(key)
                ? problem + " (value not shown: it is a secret)"
                : "'" + value + "' " + problem)
            + ", e.g. "
            + example);
    return fallback;
  }

  /** Whether the last part of {@code key} says it holds a token, a secret or a password. */
  private static boolean namedLikeASecret(String key) {
    String name = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return name.contains("token") || name.contains("secret") || name.contains("password");
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
