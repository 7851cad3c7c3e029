package org.learningoffice.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder that holds one demo run's data: a temporary one removed when the run ends, or one the
 * user named ({@code --data DIR}), kept so that {@code export} and {@code digest} can read it.
 */
record DemoFolder(Path path, boolean kept) {

  static DemoFolder create() {
    try {
      return new DemoFolder(Files.createTempDirectory("learning-office-demo-"), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the demo", e);
    }
  }

  /** The user's folder, which must be new or empty: a second run would mix with the first. */
  static DemoFolder keep(Path dir) {
    try {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException(
                "--data " + dir + " is not empty: give a new or empty folder for the demo's store");
          }
        }
      }
      return new DemoFolder(Files.createDirectories(dir).toAbsolutePath(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo's data folder " + dir, e);
    }
  }

  /** Removes a temporary folder and everything in it (a kept one stays); safe to call again. */
  void delete() {
    if (kept || !Files.exists(path)) {
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
