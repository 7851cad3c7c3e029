package org.learningoffice.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as one readable line: where (line and column), what the parser expected and
 * what it found. The parser's own message also quotes the lines around the error, which may hold a
 * secret, so only its problem and context sentences are kept.
 */
final class YamlSyntaxError {
  private YamlSyntaxError() {}

  /** E.g. {@code bad.yml:3:3: is not valid YAML: expected <block end>, but found '-' (...)}. */
  static String describe(JsonProcessingException e, String origin) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
        return origin + where(marked.getProblemMark()) + ": is not valid YAML: " + what(marked);
      }
    }
    var location = e.getLocation();
    return origin
        + (location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr())
        + ": is not valid YAML: "
        + e.getOriginalMessage().lines().findFirst().orElse("syntax error");
  }

  private static String where(Mark mark) {
    return mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  private static String what(MarkedYAMLException e) {
    String problem = e.getProblem();
    if (e.getContext() == null) {
      return problem;
    }
    Mark start = e.getContextMark();
    return problem
        + " ("
        + e.getContext()
        + (start == null ? "" : " that starts at line " + (start.getLine() + 1))
        + ")";
  }
}
