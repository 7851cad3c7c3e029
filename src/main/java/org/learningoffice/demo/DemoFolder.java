package org.learningoffice.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folder that holds one demo run's data, removed when the run ends. */
record DemoFolder(Path path) {

  static DemoFolder create() {
    try {
      return new DemoFolder(Files.createTempDirectory("learning-office-demo-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the demo", e);
    }
  }

  /** Removes the folder and everything in it; safe to call again. */
  void delete() {
    if (!Files.exists(path)) {
      return; // closed before
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the demo's temporary folder " + path, e);
    }
  }
}
