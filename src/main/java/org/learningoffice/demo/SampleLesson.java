package org.learningoffice.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A lesson the demo writes into an order's form, as a person would: the bundled samples are {@code
 * demo/lessons.json}, one of them full of HTML and markup to show that every rendering escapes it.
 */
public record SampleLesson(
    String order, String author, String stage, String title, String text, String action) {
  public SampleLesson {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    stage = stage == null ? "" : stage;
    action = action == null ? "" : action;
  }

  public static List<SampleLesson> bundled(ObjectMapper json) {
    try (InputStream in = SampleLesson.class.getResourceAsStream("/demo/lessons.json")) {
      if (in == null) {
        throw new IllegalStateException("demo/lessons.json is missing from the jar");
      }
      return json.readValue(in, new TypeReference<List<SampleLesson>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
