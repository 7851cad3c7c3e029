package org.learningoffice.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Server-rendered pages: Pebble templates ({@code <name>.peb}) from one classpath folder, with
 * every {@code {{ }}} HTML-escaped (autoescaping, HTML strategy), so user text can never become
 * markup.
 */
public final class HtmlTemplates {
  private final PebbleEngine engine;

  /** Templates from {@code folder} on the classpath, such as {@code templates/capture}. */
  public HtmlTemplates(String folder) {
    ClasspathLoader loader = new ClasspathLoader(HtmlTemplates.class.getClassLoader());
    loader.setPrefix(folder);
    loader.setSuffix(".peb");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(false)
            .build();
  }

  /** The page {@code template} renders from {@code model}. */
  public String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(template).evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + template, e);
    }
    return out.toString();
  }

  /** An enum constant as words for a page: FRONT_OFFICE → Front office. */
  public static String label(Enum<?> value) {
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
