package org.learningoffice.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Configuration files as a user hands them to the command line, from fixtures under config/. */
public final class ConfigFiles {
  private ConfigFiles() {}

  /** Copies {@code config/<fixture>} to {@code dir/learning-office.yml}; returns that file. */
  public static Path copy(String fixture, Path dir) {
    String resource = "/config/" + fixture;
    Path file = dir.resolve("learning-office.yml");
    try (InputStream in = ConfigFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
