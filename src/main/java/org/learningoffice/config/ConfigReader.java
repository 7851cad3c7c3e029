package org.learningoffice.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Typed, validating reads of one configuration: a YAML tree with every key overridable by an
 * environment variable ({@code LO_} + the key path in upper snake case, so {@code jira.apiToken} is
 * {@code LO_JIRA_API_TOKEN}) and {@code ${VAR}} references resolved from the environment.
 *
 * <p>Problems are collected rather than thrown one at a time, so a user fixes them all at once;
 * {@link #finish()} also reports keys in the file that nothing reads (usually typos).
 */
public final class ConfigReader {
  private final ConfigProblems problems;
  private final ConfigSource source;

  public ConfigReader(JsonNode root, Map<String, String> env) {
    this(root, env, KeyLocations.NONE);
  }

  /** A reader of a config file whose problems name the line and column of their key. */
  ConfigReader(JsonNode root, Map<String, String> env, KeyLocations locations) {
    this.problems = new ConfigProblems(locations);
    this.source = new ConfigSource(root, env, problems);
  }

  /**
   * The environment variable that overrides a key: {@code jira.apiToken} → {@code
   * LO_JIRA_API_TOKEN}.
   */
  public static String envName(String key) {
    return ConfigSource.envName(key);
  }

  /** A plain string value, after env override and {@code ${VAR}} resolution. */
  public Optional<String> string(String key) {
    return source.value(key, false).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A required string; a problem is recorded (and an empty string returned) when missing. */
  public String requiredString(String key, String example) {
    return string(key).orElseGet(() -> missing(key, example, ""));
  }

  public String string(String key, String fallback) {
    return string(key).orElse(fallback);
  }

  /** A secret: never echoed in a problem message. */
  public Optional<Secret> secret(String key) {
    return source.value(key, true).filter(s -> !s.isBlank()).map(Secret::of);
  }

  public boolean bool(String key, boolean fallback) {
    return string(key)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true", "yes", "on" -> true;
                  case "false", "no", "off" -> false;
                  default ->
                      problems.invalid(key, v, "is not a boolean", "true or false", fallback);
                })
        .orElse(fallback);
  }

  public int integer(String key, int fallback, int min, int max) {
    return string(key)
        .map(
            v -> {
              try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                  return n;
                }
                return problems.invalid(
                    key, v, "is out of range " + min + ".." + max, "" + fallback, fallback);
              } catch (NumberFormatException e) {
                return problems.invalid(key, v, "is not a whole number", "" + fallback, fallback);
              }
            })
        .orElse(fallback);
  }

  public double decimal(String key, double fallback, double min, double max) {
    return string(key)
        .map(
            v -> {
              try {
                double d = Double.parseDouble(v);
                if (d >= min && d <= max) {
                  return d;
                }
                return problems.invalid(
                    key, v, "is out of range " + min + ".." + max, "" + fallback, fallback);
              } catch (NumberFormatException e) {
                return problems.invalid(key, v, "is not a number", "" + fallback, fallback);
              }
            })
        .orElse(fallback);
  }

  /**
   * A duration as ISO-8601 ({@code PT5M}, {@code P3D}) or short form ({@code 30s}, {@code 5m},
   * {@code 2h}, {@code 3d}).
   */
  public Duration duration(String key, Duration fallback) {
    return string(key)
        .map(
            v ->
                Durations.parse(v)
                    .filter(d -> !d.isNegative() && !d.isZero())
                    .orElseGet(
                        () ->
                            problems.invalid(
                                key,
                                v,
                                "is not a positive duration",
                                "PT5M, 5m, P3D or 3d",
                                fallback)))
        .orElse(fallback);
  }

  /**
   * An absolute http(s) URL that is itself a secret (a Slack or Teams webhook: whoever has it may
   * post), never echoed in a problem message.
   */
  public Optional<URI> secretHttpUrl(String key, String example) {
    problems.secret(key);
    return httpUrl(key, example);
  }

  /**
   * An absolute http(s) URL, without a trailing slash. A value that is not one is quoted with any
   * user name and password masked, as a URL may carry them.
   */
  public Optional<URI> httpUrl(String key, String example) {
    return string(key)
        .flatMap(
            v -> {
              Optional<URI> uri = HttpUrls.parse(v);
              if (uri.isEmpty()) {
                problems.invalid(
                    key, HttpUrls.withoutUserInfo(v), HttpUrls.problem(v), example, null);
              }
              return uri;
            });
  }

  public ZoneId zone(String key, ZoneId fallback) {
    return string(key)
        .map(
            v -> {
              try {
                return ZoneId.of(v);
              } catch (DateTimeException e) {
                return problems.invalid(
                    key, v, "is not a time zone", "Europe/Stockholm or UTC", fallback);
              }
            })
        .orElse(fallback);
  }

  /** One value of an enum, matched case-insensitively with {@code -} and {@code _} alike. */
  public <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
    List<String> names = names(type);
    return parsed(key, v -> constant(type, v), "is not one of " + names, names.get(0));
  }

  /** A list of secrets (read like {@link #list}, never echoed in a problem message). */
  public List<Secret> secretList(String key) {
    problems.secret(key);
    return list(key).stream().map(Secret::of).toList();
  }

  /** A list: a YAML sequence, a single scalar, or (from the environment) comma-separated. */
  public List<String> list(String key) {
    return source.list(key);
  }

  /** Parses a read value with a function that returns empty for bad input. */
  public <T> Optional<T> parsed(
      String key, Function<String, Optional<T>> parser, String problem, String example) {
    return string(key)
        .flatMap(
            v -> {
              Optional<T> result = parser.apply(v);
              if (result.isEmpty()) {
                problems.invalid(key, v, problem, example, null);
              }
              return result;
            });
  }

  /**
   * Records a problem about a key that is not about one value (for example two keys that clash).
   */
  public void problem(String key, String message) {
    problems.add(key, message);
  }

  /**
   * Records that a required key is missing, unless a problem about it is recorded already (a {@code
   * ${VAR}} whose variable is not set says it better).
   */
  public <T> T missing(String key, String example, T fallback) {
    if (problems.has(key)) {
      return fallback;
    }
    problems.add(
        key, "is required (set it in the config file or " + envName(key) + "), e.g. " + example);
    return fallback;
  }

  /** The keys read as secrets so far: their values are never quoted in a problem. */
  Set<String> secretKeys() {
    return problems.secretKeys();
  }

  /** Every key read so far, in reading order. */
  Set<String> keysRead() {
    return source.keysRead();
  }

  /**
   * Ends reading: throws a {@link ConfigException} naming every problem, including keys in the file
   * that nothing read.
   */
  public void finish() {
    finishSection("");
  }

  /**
   * Like {@link #finish()} for a reader of one section: keys outside {@code prefix} (e.g. {@code
   * "classify."}) are left to the commands that read them.
   */
  public void finishSection(String prefix) {
    problems.throwIfAny(unknownKeys(prefix));
  }

  /**
   * Throws a {@link ConfigException} for the problems of the keys {@code fatal} accepts and for any
   * key in the file that nothing reads; the other problems are let pass.
   */
  public void finishKeeping(Predicate<String> fatal) {
    problems.throwIfAny(fatal, unknownKeys(""));
  }

  private List<String> unknownKeys(String prefix) {
    List<String> unknown = new ArrayList<>();
    source.unreadKeys(prefix).stream()
        .map(
            leaf ->
                problems.where(leaf)
                    + leaf
                    + KeySpelling.closest(leaf, source.keysRead())
                        .map(known -> ": is not a known key; did you mean " + known + "?")
                        .orElse(": is not a known key (check the spelling)")
                    + " learning-office.example.yml lists every key")
        .forEach(unknown::add);
    unknown.addAll(
        UnknownVariables.find(source.environment(), everyKey(), source.referencedVariables()));
    return unknown;
  }

  /**
   * Every key of the whole configuration, also when this reader read only one section: what an
   * {@code LO_} variable may set.
   */
  private Set<String> everyKey() {
    ConfigReader all = new ConfigReader(null, Map.of());
    AppConfig.read(all);
    Set<String> keys = new LinkedHashSet<>(all.keysRead());
    keys.addAll(keysRead());
    return keys;
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
    String wanted = value.replace('-', '_').toUpperCase(Locale.ROOT).replace("_", "");
    for (E constant : type.getEnumConstants()) {
      if (constant.name().replace("_", "").equals(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return names;
  }
}
