package org.learningoffice.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, validating reads of one configuration: a YAML tree with every key overridable by an
 * environment variable ({@code LO_} + the key path in upper snake case, so {@code jira.apiToken} is
 * {@code LO_JIRA_API_TOKEN}) and {@code ${VAR}} references resolved from the environment.
 *
 * <p>Problems are collected rather than thrown one at a time, so a user fixes them all at once;
 * {@link #finish()} also reports keys in the file that nothing reads (usually typos).
 */
public final class ConfigReader {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private final JsonNode root;
  private final Map<String, String> env;
  private final Set<String> read = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();

  public ConfigReader(JsonNode root, Map<String, String> env) {
    this.root = root == null ? MissingNode.getInstance() : root;
    this.env = Map.copyOf(env);
  }

  /**
   * The environment variable that overrides a key: {@code jira.apiToken} → {@code
   * LO_JIRA_API_TOKEN}.
   */
  public static String envName(String key) {
    return "LO_"
        + key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** A plain string value, after env override and {@code ${VAR}} resolution. */
  public Optional<String> string(String key) {
    return raw(key, false).map(String::strip).filter(s -> !s.isEmpty());
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
    return raw(key, true).filter(s -> !s.isBlank()).map(Secret::of);
  }

  public boolean bool(String key, boolean fallback) {
    return string(key)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true", "yes", "on" -> true;
                  case "false", "no", "off" -> false;
                  default -> invalid(key, v, "is not a boolean", "true or false", fallback);
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
                return invalid(
                    key, v, "is out of range " + min + ".." + max, "" + fallback, fallback);
              } catch (NumberFormatException e) {
                return invalid(key, v, "is not a whole number", "" + fallback, fallback);
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
                return invalid(
                    key, v, "is out of range " + min + ".." + max, "" + fallback, fallback);
              } catch (NumberFormatException e) {
                return invalid(key, v, "is not a number", "" + fallback, fallback);
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
                            invalid(
                                key,
                                v,
                                "is not a positive duration",
                                "PT5M, 5m, P3D or 3d",
                                fallback)))
        .orElse(fallback);
  }

  /** An absolute http(s) URL, without a trailing slash. */
  public Optional<URI> httpUrl(String key, String example) {
    return string(key)
        .flatMap(
            v -> {
              try {
                URI uri = new URI(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
                String scheme = uri.getScheme();
                if (uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                  return Optional.of(uri);
                }
              } catch (java.net.URISyntaxException e) {
                // reported below
              }
              invalid(key, v, "is not an absolute http(s) URL", example, null);
              return Optional.empty();
            });
  }

  public ZoneId zone(String key, ZoneId fallback) {
    return string(key)
        .map(
            v -> {
              try {
                return ZoneId.of(v);
              } catch (java.time.DateTimeException e) {
                return invalid(key, v, "is not a time zone", "Europe/Stockholm or UTC", fallback);
              }
            })
        .orElse(fallback);
  }

  /** One value of an enum, matched case-insensitively with {@code -} and {@code _} alike. */
  public <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
    return string(key)
        .flatMap(
            v -> {
              String wanted = v.replace('-', '_').toUpperCase(Locale.ROOT);
              for (E constant : type.getEnumConstants()) {
                if (constant.name().replace("_", "").equals(wanted.replace("_", ""))) {
                  return Optional.of(constant);
                }
              }
              invalid(key, v, "is not one of " + names(type), names(type).get(0), null);
              return Optional.empty();
            });
  }

  /** A list of secrets (read like {@link #list}, never echoed in a problem message). */
  public List<Secret> secretList(String key) {
    return list(key).stream().map(Secret::of).toList();
  }

  /** A list: a YAML sequence, a single scalar, or (from the environment) comma-separated. */
  public List<String> list(String key) {
    String fromEnv = env.get(envName(key));
    read.add(key);
    if (fromEnv != null) {
      return splitComma(resolve(key, fromEnv, false));
    }
    JsonNode node = node(key);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(n -> values.add(resolve(key, n.asText(), false).strip()));
      values.removeIf(String::isEmpty);
      return List.copyOf(values);
    }
    if (node.isValueNode()) {
      return splitComma(resolve(key, node.asText(), false));
    }
    invalid(key, "(a mapping)", "is not a list", "[a, b]", null);
    return List.of();
  }

  /** Parses a read value with a function that returns empty for bad input. */
  public <T> Optional<T> parsed(
      String key, Function<String, Optional<T>> parser, String problem, String example) {
    return string(key)
        .flatMap(
            v -> {
              Optional<T> result = parser.apply(v);
              if (result.isEmpty()) {
                invalid(key, v, problem, example, null);
              }
              return result;
            });
  }

  /**
   * Records a problem about a key that is not about one value (for example two keys that clash).
   */
  public void problem(String key, String message) {
    problems.add(key + ": " + message);
  }

  /** Records that a required key is missing. */
  public <T> T missing(String key, String example, T fallback) {
    problems.add(
        key + ": is required (set it in the config file or " + envName(key) + "), e.g. " + example);
    return fallback;
  }

  /** Every key read so far, in reading order. */
  java.util.Set<String> keysRead() {
    return java.util.Collections.unmodifiableSet(read);
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
    List<String> all = new ArrayList<>(problems);
    List<String> leaves = new ArrayList<>();
    collectLeaves(root, "", leaves);
    for (String leaf : leaves) {
      if (!leaf.startsWith(prefix)) {
        continue;
      }
      if (read.stream().noneMatch(k -> leaf.equals(k) || leaf.startsWith(k + "."))) {
        all.add(
            leaf
                + ": is not a known key (check the spelling; learning-office.example.yml lists every key)");
      }
    }
    if (!all.isEmpty()) {
      throw new ConfigException(all);
    }
  }

  private Optional<String> raw(String key, boolean secret) {
    read.add(key);
    String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      return Optional.of(resolve(key, fromEnv, secret));
    }
    JsonNode node = node(key);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      problems.add(
          key + ": must be a single value, not a " + (node.isArray() ? "list" : "mapping"));
      return Optional.empty();
    }
    return Optional.of(resolve(key, node.asText(), secret));
  }

  private String resolve(String key, String value, boolean secret) {
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String variable = m.group(1);
      String replacement = env.get(variable);
      if (replacement == null) {
        problems.add(
            key
                + ": refers to environment variable "
                + variable
                + ", which is not set"
                + (secret
                    ? " (secrets belong in the environment, e.g. export " + variable + "=...)"
                    : ""));
        replacement = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private JsonNode node(String key) {
    JsonNode node = root;
    for (String part : key.split("\\.", -1)) {
      node = node.path(part);
    }
    return node;
  }

  private <T> T invalid(String key, String value, String problem, String example, T fallback) {
    problems.add(key + ": '" + value + "' " + problem + ", e.g. " + example);
    return fallback;
  }

  private static List<String> splitComma(String value) {
    List<String> values = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    return List.copyOf(values);
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return names;
  }

  private static void collectLeaves(JsonNode node, String prefix, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collectLeaves(
            field.getValue(),
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            out);
      }
    } else if (!prefix.isEmpty() && !node.isMissingNode() && !node.isNull()) {
      out.add(prefix);
    }
  }
}
