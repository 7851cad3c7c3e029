package org.learningoffice.classify;

import java.util.List;

/** Counts of gold label (row) against predicted label (column) for one facet. */
public record ConfusionMatrix(List<String> labels, int[][] counts) {

  public ConfusionMatrix {
    labels = List.copyOf(labels);
    int[][] copy = new int[labels.size()][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /** Number of lessons counted. */
  public int total() {
    int n = 0;
    for (int[] row : counts) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  /** Share of lessons whose predicted label is the gold label; 0 when empty. */
  public double accuracy() {
    int n = total();
    if (n == 0) {
      return 0.0;
    }
    int right = 0;
    for (int i = 0; i < counts.length; i++) {
      right += counts[i][i];
    }
    return (double) right / n;
  }

  /** F1 of one label: 2·TP / (2·TP + FP + FN); 0 when the label is neither gold nor predicted. */
  public double f1(int label) {
    int gold = 0;
    int predicted = 0;
    for (int j = 0; j < counts.length; j++) {
      gold += counts[label][j];
      predicted += counts[j][label];
    }
    return gold + predicted == 0 ? 0.0 : 2.0 * counts[label][label] / (gold + predicted);
  }

  /**
   * Unweighted mean of per-label F1 over the labels that occur as gold or prediction, so a small
   * file without some label is not punished for it.
   */
  public double macroF1() {
    double sum = 0;
    int present = 0;
    for (int i = 0; i < counts.length; i++) {
      int gold = 0;
      int predicted = 0;
      for (int j = 0; j < counts.length; j++) {
        gold += counts[i][j];
        predicted += counts[j][i];
      }
      if (gold + predicted > 0) {
        sum += f1(i);
        present++;
      }
    }
    return present == 0 ? 0.0 : sum / present;
  }
}
