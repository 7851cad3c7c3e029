package org.learningoffice.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each key of a YAML config file is written, by its dotted path, from the parser's location
 * of the key: a problem about a key from the file names its line and column.
 */
final class KeyLocations {
  /** No file: problems name their key only (an environment-only or built-in configuration). */
  static final KeyLocations NONE = new KeyLocations("", Map.of());

  private record Location(int line, int column) {}

  private final String origin;
  private final Map<String, Location> locations;

  private KeyLocations(String origin, Map<String, Location> locations) {
    this.origin = origin;
    this.locations = Map.copyOf(locations);
  }

  /** The keys of {@code text}, a file named {@code origin}; the first place of a repeated key. */
  static KeyLocations find(YAMLFactory factory, String text, String origin) throws IOException {
    Map<String, Location> found = new HashMap<>();
    Deque<String> open = new ArrayDeque<>();
    try (JsonParser parser = factory.createParser(text)) {
      String field = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            String parent = open.isEmpty() ? null : open.peek();
            open.push(parent == null ? "" : field == null ? parent : child(parent, field));
            field = null;
          }
          case END_OBJECT, END_ARRAY -> {
            open.pop();
            field = null;
          }
          case FIELD_NAME -> {
            field = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            found.putIfAbsent(
                child(open.peek(), field), new Location(at.getLineNr(), at.getColumnNr()));
          }
          default -> field = null;
        }
      }
    }
    return new KeyLocations(origin, found);
  }

  /** {@code origin line L, column C: } for a key written in the file; empty for any other. */
  Optional<String> of(String key) {
    Location at = locations.get(key);
    return at == null
        ? Optional.empty()
        : Optional.of(origin + " line " + at.line() + ", column " + at.column() + ": ");
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
