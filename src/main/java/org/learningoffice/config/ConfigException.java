package org.learningoffice.config;

import java.util.List;

/**
 * The configuration is invalid; the message names every bad key, its problem and a good example.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String problem) {
    this(List.of(problem));
  }

  /** One line per problem, each starting with the key it is about. */
  public List<String> problems() {
    return problems;
  }

  private static String format(List<String> problems) {
    return problems.size() == 1
        ? "Invalid configuration: " + problems.get(0)
        : "Invalid configuration ("
            + problems.size()
            + " problems):\n  "
            + String.join("\n  ", problems);
  }
}
