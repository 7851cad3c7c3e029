package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {
  @Test
  void textWithoutNulOrLoneSurrogatesIsStorableWhateverItsScript() {
    assertThat(StorableText.isStorable("Pump 😀 für Kunden\tline\nnext")).isTrue();
    assertThat(StorableText.isStorable("")).isTrue();
  }

  @Test
  void nulAndLoneSurrogatesAreNotStorable() {
    assertThat(StorableText.isStorable("a\u0000b")).isFalse();
    assertThat(StorableText.isStorable("a\uD800")).isFalse();
    assertThat(StorableText.isStorable("\uDC00a")).isFalse();
  }

  @Test
  void aPlainLineHasNoControlCharacterEither() {
    assertThat(StorableText.isPlainLine("gasket 😀")).isTrue();
    assertThat(StorableText.isPlainLine("two\nlines")).isFalse();
    assertThat(StorableText.isPlainLine("a\u0007b")).isFalse();
  }

  @Test
  void aBoundedTextEndsInAnEllipsisAndNeverSplitsASurrogatePair() {
    assertThat(StorableText.bounded("gasket", 6)).isEqualTo("gasket");
    assertThat(StorableText.bounded("gaskets", 6)).isEqualTo("gaske…");
    String cutInsideEmoji = StorableText.bounded("abcd😀xyz", 6);

    assertThat(cutInsideEmoji).isEqualTo("abcd…");
    assertThat(StorableText.isStorable(cutInsideEmoji)).isTrue();
    assertThat(StorableText.bounded("abc😀xyz", 6)).isEqualTo("abc😀…");
  }
}
