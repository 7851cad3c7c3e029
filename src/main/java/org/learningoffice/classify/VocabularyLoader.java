package org.learningoffice.classify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads vocabulary YAML: {@code facet → label → [phrases]}; the bundled file first. */
public final class VocabularyLoader {

  static final String BUNDLED = "/classify/vocabulary.yml";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** The vocabulary shipped with the service. */
  public Vocabulary bundled() {
    try (InputStream in = VocabularyLoader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new ClassifyException("bundled vocabulary " + BUNDLED + " is missing");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new ClassifyException("cannot read bundled vocabulary " + BUNDLED, e);
    }
  }

  /** The bundled vocabulary extended by an installation's file. */
  public Vocabulary bundledExtendedWith(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return bundled().extendedWith(read(in, file.toString()));
    } catch (IOException e) {
      throw new ClassifyException("cannot read vocabulary file " + file + ": " + e.getMessage(), e);
    }
  }

  private Vocabulary read(InputStream in, String source) throws IOException {
    Map<String, Map<String, List<String>>> raw =
        yaml.readValue(in, new TypeReference<Map<String, Map<String, List<String>>>>() {});
    Map<Facet, Map<String, List<String>>> phrases = new EnumMap<>(Facet.class);
    if (raw != null) {
      raw.forEach((key, byLabel) -> phrases.put(facet(key, source), byLabel));
    }
    return new Vocabulary(phrases);
  }

  private static Facet facet(String key, String source) {
    try {
      return Facet.valueOf(key.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ClassifyException(
          source + ": '" + key + "' is not a facet; use unit, type or direction", e);
    }
  }
}
