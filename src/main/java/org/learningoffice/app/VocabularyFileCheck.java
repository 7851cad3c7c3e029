package org.learningoffice.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import org.learningoffice.classify.ClassifyException;
import org.learningoffice.classify.VocabularyLoader;
import org.learningoffice.config.ClassifyConfig;
import org.learningoffice.config.ConfigException;

/**
 * Reads an installation's {@code classify.vocabulary} file when the configuration is loaded, so a
 * file that is there but is no vocabulary is a configuration problem that {@code check} reports,
 * not a start of {@code serve} that fails in the injector.
 */
final class VocabularyFileCheck {
  private VocabularyFileCheck() {}

  /** Throws a {@link ConfigException} naming the key when the vocabulary file cannot be used. */
  static void requireUsable(ClassifyConfig config) {
    config.vocabulary().ifPresent(VocabularyFileCheck::requireUsable);
  }

  private static void requireUsable(Path file) {
    try {
      new VocabularyLoader().bundledExtendedWith(file);
    } catch (ClassifyException e) {
      throw new ConfigException("classify.vocabulary: " + problem(file, e));
    }
  }

  /** One line: the parser's own words and where, without its multi-line source report. */
  private static String problem(Path file, ClassifyException e) {
    if (e.getCause() instanceof JsonProcessingException parser) {
      JsonLocation at = parser.getLocation();
      return file
          + " is not a vocabulary (facet: label: [phrases], like the bundled"
          + " classify/vocabulary.yml): "
          + parser.getOriginalMessage().lines().findFirst().orElse("")
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
    return String.join(" ", e.getMessage().strip().lines().map(String::strip).toList());
  }
}
