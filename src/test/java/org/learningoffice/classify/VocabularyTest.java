package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void entriesFollowTheFilesOrder() {
    List<Cue> entries = new VocabularyLoader().bundled().entries();

    assertThat(entries.get(0).phrase()).isEqualTo("customer");
    assertThat(entries.stream().map(c -> c.facet() + "/" + c.label()).distinct())
        .containsExactly(
            "UNIT/FRONT_OFFICE",
            "UNIT/BACK_OFFICE",
            "UNIT/BETWEEN",
            "TYPE/EXPLOITATION",
            "TYPE/EXPLORATION",
            "DIRECTION/FROM",
            "DIRECTION/FOR");
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
