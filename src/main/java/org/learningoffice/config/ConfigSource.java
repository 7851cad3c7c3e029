package org.learningoffice.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where configuration values come from: the YAML tree, every key overridable by an environment
 * variable, {@code ${VAR}} references resolved from the environment. It remembers each key asked
 * for, so that keys nothing asked for can be reported as likely typos.
 */
final class ConfigSource {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private final JsonNode root;
  private final Map<String, String> env;
  private final ConfigProblems problems;
  private final Set<String> read = new LinkedHashSet<>();

  ConfigSource(JsonNode root, Map<String, String> env, ConfigProblems problems) {
    this.root = root == null ? MissingNode.getInstance() : root;
    this.env = Map.copyOf(env);
    this.problems = problems;
  }

  /** {@code LO_} + the key path in upper snake case: {@code jira.apiToken} → LO_JIRA_API_TOKEN. */
  static String envName(String key) {
    return "LO_"
        + key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** The single value of a key, resolved; a {@code secret} is never echoed in a problem. */
  Optional<String> value(String key, boolean secret) {
    read.add(key);
    if (secret) {
      problems.secret(key);
    }
    String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      problems.fromEnvironment(key, envName(key));
      return Optional.of(resolve(key, fromEnv, secret));
    }
    JsonNode node = node(key);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      problems.add(key, "must be a single value, not a " + (node.isArray() ? "list" : "mapping"));
      return Optional.empty();
    }
    return Optional.of(resolve(key, node.asText(), secret));
  }

  /**
   * A list: a YAML sequence, a single scalar, or (from the environment) comma-separated, or a YAML
   * list in brackets ({@code [Shipped, "Closed, not shipped"]}) for values that hold a comma.
   */
  List<String> list(String key) {
    String fromEnv = env.get(envName(key));
    read.add(key);
    if (fromEnv != null) {
      problems.fromEnvironment(key, envName(key));
      String value = resolve(key, fromEnv, false);
      return value.strip().startsWith("[") ? yamlList(key, value) : splitComma(value);
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
    return problems.invalid(key, "(a mapping)", "is not a list", "[a, b]", List.of());
  }

  /** Every key read so far, in reading order. */
  Set<String> keysRead() {
    return Collections.unmodifiableSet(read);
  }

  /** The environment variables the file refers to as {@code ${VAR}}, anywhere in it. */
  Set<String> referencedVariables() {
    Set<String> variables = new LinkedHashSet<>();
    collectReferences(root, variables);
    return variables;
  }

  /** The environment this configuration is read with. */
  Map<String, String> environment() {
    return env;
  }

  /** The keys in the file under {@code prefix} that nothing read, in file order. */
  List<String> unreadKeys(String prefix) {
    List<String> leaves = new ArrayList<>();
    collectLeaves(root, "", leaves);
    List<String> unread = new ArrayList<>();
    for (String leaf : leaves) {
      if (leaf.startsWith(prefix)
          && read.stream().noneMatch(k -> leaf.equals(k) || leaf.startsWith(k + "."))) {
        unread.add(leaf);
      }
    }
    return unread;
  }

  private String resolve(String key, String value, boolean secret) {
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String variable = m.group(1);
      String replacement = env.get(variable);
      if (replacement == null) {
        problems.add(
            key,
            "refers to environment variable "
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

  /** An environment value in YAML's bracketed list form, each item a single value. */
  private List<String> yamlList(String key, String value) {
    try {
      JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(value);
      if (node != null && node.isArray() && singleValues(node)) {
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText().strip()));
        values.removeIf(String::isEmpty);
        return List.copyOf(values);
      }
    } catch (IOException e) {
      // reported below, as any value that is not a list is; the parser's message may quote it
    }
    return problems.invalid(
        key,
        value,
        "is not a YAML list of single values",
        "[Shipped, \"Closed, not shipped\"] (or comma-separated without brackets)",
        List.of());
  }

  private static boolean singleValues(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isValueNode() || item.isNull()) {
        return false;
      }
    }
    return true;
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

  private static void collectReferences(JsonNode node, Set<String> out) {
    if (node.isContainerNode()) {
      node.forEach(child -> collectReferences(child, out));
    } else if (node.isTextual()) {
      Matcher m = REFERENCE.matcher(node.asText());
      while (m.find()) {
        out.add(m.group(1));
      }
    }
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
