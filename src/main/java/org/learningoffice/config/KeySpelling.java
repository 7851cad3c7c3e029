package org.learningoffice.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known key a mistyped one most likely meant ({@code orders.jqll} → {@code orders.jql});
 * the command line uses it for options too ({@code --fromat} → {@code --format}).
 */
public final class KeySpelling {
  private KeySpelling() {}

  /**
   * The known key closest to {@code typed} by edit distance (case ignored), when it is close enough
   * to be a typo: at most 2 edits, and fewer than a third of the key's length.
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    int allowed = Math.min(2, Math.max(1, wanted.length() / 3));
    return known.stream()
        .filter(key -> !key.equals(typed))
        .map(key -> new Candidate(key, distance(wanted, key.toLowerCase(Locale.ROOT))))
        .filter(candidate -> candidate.distance() <= allowed)
        .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::key))
        .map(Candidate::key);
  }

  private record Candidate(String key, int distance) {}

  /** Levenshtein distance with adjacent swaps counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
