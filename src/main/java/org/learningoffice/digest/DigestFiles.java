package org.learningoffice.digest;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a week's digest into a folder as {@code digest-<week>.html}, {@code .txt}, {@code .json},
 * {@code .slack.json} and {@code .teams.json}: what {@code digest --out} and {@code demo} use.
 */
public interface DigestFiles {
  /** Writes the files and returns them, in that order. */
  List<Path> write(IsoWeek week, Path dir);
}
