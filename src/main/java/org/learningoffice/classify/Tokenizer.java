package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.PorterStemmer;

/** Splits free text into lower-case word stems, ignoring HTML markup and punctuation. */
public final class Tokenizer {

  /** Longer texts are cut: the start of a lesson carries its point, and time stays bounded. */
  static final int MAX_CHARS = 20_000;

  /** Stems of the words of a text, in order; HTML tags and entities are skipped. */
  public List<String> stems(String text) {
    return stemsOf(words(text));
  }

  /** Stems of words already split by {@link #words(String)}. */
  public List<String> stemsOf(List<String> words) {
    PorterStemmer stemmer = new PorterStemmer(); // stateful, so one per call
    List<String> stems = new ArrayList<>(words.size());
    for (String word : words) {
      stems.add(word.length() <= 2 ? word : stemmer.stem(word));
    }
    return stems;
  }

  /**
   * Lower-case words of a text: runs of letters or digits; an apostrophe inside a word is dropped.
   */
  public List<String> words(String text) {
    String limited = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < limited.length()) {
      char c = limited.charAt(i);
      if (c == '<' && looksLikeTag(limited, i)) {
        flush(word, words);
        i = limited.indexOf('>', i) + 1;
      } else if (c == '&' && looksLikeEntity(limited, i)) {
        flush(word, words);
        i = limited.indexOf(';', i) + 1;
      } else if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
        i++;
      } else {
        if (!(c == '\'' || c == '’') || word.isEmpty() || !nextIsLetter(limited, i)) {
          flush(word, words);
        }
        i++;
      }
    }
    flush(word, words);
    return words;
  }

  /**
   * The last sentence of a text (after the last '.', '!' or '?' followed by a space), or the whole
   * text when it has one sentence.
   */
  public String lastSentence(String text) {
    String limited = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String stripped = limited.strip();
    for (int i = stripped.length() - 2; i >= 0; i--) {
      char c = stripped.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(stripped.charAt(i + 1))) {
        return stripped.substring(i + 1).strip();
      }
    }
    return stripped;
  }

  private static boolean nextIsLetter(String text, int i) {
    return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean looksLikeTag(String text, int i) {
    int end = text.indexOf('>', i);
    return end > i
        && end - i < 200
        && i + 1 < text.length()
        && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/');
  }

  private static boolean looksLikeEntity(String text, int i) {
    int end = text.indexOf(';', i);
    return end > i + 1 && end - i <= 10 && text.substring(i + 1, end).matches("#?[A-Za-z0-9]+");
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (!word.isEmpty()) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
