package org.learningoffice.store;

/**
 * What text both databases store as it is: no NUL (PostgreSQL refuses it) and no lone UTF-16
 * surrogate (it cannot be encoded as UTF-8). Checked where text comes in, so that a store never
 * fails on it later.
 */
public final class StorableText {
  private StorableText() {}

  /** Whether {@code text} holds neither a NUL nor an unpaired surrogate. */
  public static boolean isStorable(String text) {
    return firstFault(text, false) < 0;
  }

  /** Whether {@code text} is storable and holds no control character (tab and newline included). */
  public static boolean isPlainLine(String text) {
    return firstFault(text, true) < 0;
  }

  /**
   * {@code text} cut to at most {@code max} UTF-16 units, ending in "…" when cut, never between the
   * two halves of a surrogate pair (a character outside the BMP, such as an emoji): a storable text
   * stays storable.
   */
  public static String bounded(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }

  /** The index of the first character that is not storable (or a control one); -1 when none. */
  private static int firstFault(String text, boolean controlIsFault) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (c == '\u0000' || Character.isSurrogate(c)) {
        return i;
      } else if (controlIsFault && Character.isISOControl(c)) {
        return i;
      }
    }
    return -1;
  }
}
