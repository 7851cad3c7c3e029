package org.learningoffice.feedforward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningoffice.store.StorableText;

/** The comment's one line per lesson: the text's first line, cut without breaking a character. */
class RelatedCommentTest {
  @Test
  void aLongFirstLineIsCutAtOneHundredSixtyCharactersWithAnEllipsis() {
    String line = RelatedComment.firstLine("a".repeat(200) + "\nsecond line");

    assertThat(line).hasSize(160).endsWith("a…");
  }

  @Test
  void aCutNeverSplitsAnEmojiInTwo() {
    String thumbsUp = "\uD83D\uDC4D";
    String text = "x".repeat(158) + thumbsUp + " and the rest of a long line";

    String line = RelatedComment.firstLine(text);

    assertThat(StorableText.isStorable(line))
        .as("no lone half of a surrogate pair, which Jira shows as a broken character")
        .isTrue();
    assertThat(line).isEqualTo("x".repeat(158) + thumbsUp + "…");
  }

  @Test
  void emojisCountAsOneCharacterEach() {
    String thumbsUp = "\uD83D\uDC4D";

    assertThat(RelatedComment.firstLine(thumbsUp.repeat(160))).isEqualTo(thumbsUp.repeat(160));
  }
}
