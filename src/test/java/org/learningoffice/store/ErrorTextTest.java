package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextTest {
  @Test
  void nulOtherControlCharactersAndLoneSurrogatesAreReplaced() {
    String text = ErrorText.of(new IllegalStateException("a\u0000b\nc\u0007d\uD800e"));

    assertThat(text).isEqualTo("IllegalStateException: a\\0b c d\uFFFDe");
  }

  @Test
  void aLongMessageIsCutToTheColumnWithoutSplittingASurrogatePair() {
    String text = ErrorText.of(new IllegalStateException("😀".repeat(3000)));

    assertThat(text.length()).isLessThanOrEqualTo(2000);
    assertThat(text).endsWith("…");
    String kept = text.substring(0, text.length() - 1);
    assertThat(kept.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }

  @Test
  void theClassAloneIsWhatIsKeptWhenTheTextCannotBeStored() {
    assertThat(ErrorText.classOnly(new IllegalStateException("whatever")))
        .isEqualTo("java.lang.IllegalStateException (its message could not be stored)");
  }
}
