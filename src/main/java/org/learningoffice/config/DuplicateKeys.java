package org.learningoffice.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds keys written twice in one YAML mapping, at any depth. Jackson keeps the last of them
 * silently, so a second {@code server:} block would replace the first one's settings.
 */
final class DuplicateKeys {
  private final YAMLFactory factory;

  DuplicateKeys(YAMLFactory factory) {
    this.factory = factory;
  }

  /** One problem per repeated key: {@code origin:LINE: duplicate key 'a.b' (first at line N)}. */
  List<String> find(String text, String origin) throws IOException {
    List<String> problems = new ArrayList<>();
    Deque<Mapping> open = new ArrayDeque<>();
    try (JsonParser parser = factory.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> open.push(new Mapping(pathOf(open, parser), new HashMap<>()));
          case START_ARRAY -> open.push(new Mapping(pathOf(open, parser), null));
          case END_OBJECT, END_ARRAY -> open.pop();
          case FIELD_NAME -> {
            Mapping mapping = open.peek();
            String name = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            Integer first = mapping.firstLines().putIfAbsent(name, line);
            if (first != null) {
              problems.add(
                  origin
                      + ":"
                      + line
                      + ": duplicate key '"
                      + mapping.child(name)
                      + "' (first at line "
                      + first
                      + ")");
            }
          }
          default -> {
            // values: nothing to check
          }
        }
      }
    }
    return problems;
  }

  /** The dotted path of the mapping or list that starts at the parser's current token. */
  private static String pathOf(Deque<Mapping> open, JsonParser parser) throws IOException {
    Mapping parent = open.peek();
    if (parent == null) {
      return "";
    }
    return parent.firstLines() == null ? parent.path() : parent.child(parser.currentName());
  }

  private record Mapping(String path, Map<String, Integer> firstLines) {
    String child(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }
}
