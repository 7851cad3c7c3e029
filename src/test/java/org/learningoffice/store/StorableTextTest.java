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
}
