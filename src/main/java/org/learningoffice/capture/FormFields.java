package org.learningoffice.capture;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a submitted lesson form as the browser sent them (contract names of design.md), not
 * yet validated. Missing fields are empty strings; values are kept verbatim.
 */
public record FormFields(
    String title,
    String text,
    String stage,
    String unit,
    String type,
    String direction,
    String action,
    String author,
    String csrf,
    String nonce) {

  public FormFields {
    title = orEmpty(title);
    text = orEmpty(text);
    stage = orEmpty(stage);
    unit = orEmpty(unit);
    type = orEmpty(type);
    direction = orEmpty(direction);
    action = orEmpty(action);
    author = orEmpty(author);
    csrf = orEmpty(csrf);
    nonce = orEmpty(nonce);
  }

  /** Decodes an {@code application/x-www-form-urlencoded} body (UTF-8); the first value wins. */
  public static FormFields parse(byte[] body) {
    Map<String, String> values = new HashMap<>();
    String encoded = new String(body, StandardCharsets.UTF_8);
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.putIfAbsent(name, value);
    }
    return new FormFields(
        values.get("title"),
        values.get("text"),
        values.get("stage"),
        values.get("unit"),
        values.get("type"),
        values.get("direction"),
        values.get("action"),
        values.get("author"),
        values.get("csrf"),
        values.get("nonce"));
  }

  /**
   * The values of the form's {@code again} checkboxes (earlier lessons that happened again), in the
   * order sent, each once.
   */
  public static java.util.List<String> again(byte[] body) {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && decode(pair.substring(0, eq)).equals("again")) {
        ids.add(decode(pair.substring(eq + 1)));
      }
    }
    return java.util.List.copyOf(ids);
  }

  /** The first value of a field that is not a lesson field (the action button's {@code lesson}). */
  static String first(byte[] body, String field) {
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && decode(pair.substring(0, eq)).equals(field)) {
        return decode(pair.substring(eq + 1));
      }
    }
    return "";
  }

  /** An empty form carrying a fresh nonce and its CSRF token. */
  static FormFields blank(String csrf, String nonce) {
    return new FormFields("", "", "", "", "", "", "", "", csrf, nonce);
  }

  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a broken %-escape: keep the text as sent, validation will judge it
      return part;
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
