package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void matchesPhrasesWhateverTheirInflection() {
    CueMatcher matcher = new CueMatcher(new VocabularyLoader().bundled(), tokenizer);

    assertThat(matcher.find(tokenizer.stems("We are trying it for the first time.")))
        .extracting(Cue::phrase)
        .contains("try", "first time");
  }

  @Test
  void installationFileExtendsTheBundledWords(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("words.yml");
    Files.writeString(extra, "type:\n  EXPLORATION:\n    - skunkworks\n");

    Vocabulary vocabulary = new VocabularyLoader().bundledExtendedWith(extra);

    assertThat(vocabulary.phrases().get(Facet.TYPE).get("EXPLORATION"))
        .contains("skunkworks", "first time");
  }

  @Test
  void rejectsLabelsOutsideTheTaxonomyWithAUsableMessage(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("words.yml");
    Files.writeString(extra, "unit:\n  MIDDLE_OFFICE:\n    - x\n");

    assertThatThrownBy(() -> new VocabularyLoader().bundledExtendedWith(extra))
        .isInstanceOf(ClassifyException.class)
        .hasMessageContaining("'MIDDLE_OFFICE' is not a unit label");
  }

  @Test
  void tokenizerSkipsHtmlMarkupAndEntities() {
    assertThat(tokenizer.words("<p>Reused the <b>check-list</b> &amp; it's fine</p>"))
        .containsExactly("reused", "the", "check", "list", "its", "fine");
  }
}
