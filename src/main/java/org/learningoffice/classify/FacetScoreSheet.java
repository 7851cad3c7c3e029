package org.learningoffice.classify;

import java.util.List;

/** Collects predictions of one facet against gold labels and turns them into a score. */
final class FacetScoreSheet {

  static final int BINS = 10;

  private final Facet facet;
  private final int[][] confusion;
  private final double[] binConfidence = new double[BINS];
  private final int[] binRight = new int[BINS];
  private final int[] binCount = new int[BINS];
  private int preselected;
  private int preselectedRight;

  FacetScoreSheet(Facet facet) {
    this.facet = facet;
    int n = facet.labels().size();
    this.confusion = new int[n][n];
  }

  void record(String gold, String predicted, double confidence, boolean preselect) {
    if (preselect) {
      preselected++;
      if (gold.equals(predicted)) {
        preselectedRight++;
      }
    }
    List<String> labels = facet.labels();
    confusion[labels.indexOf(gold)][labels.indexOf(predicted)]++;
    int bin = Math.min(BINS - 1, (int) (confidence * BINS));
    binConfidence[bin] += confidence;
    binCount[bin]++;
    if (gold.equals(predicted)) {
      binRight[bin]++;
    }
  }

  FacetScore score() {
    ConfusionMatrix matrix = new ConfusionMatrix(facet.labels(), confusion);
    int n = matrix.total();
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (binCount[b] > 0) {
        ece += Math.abs(binConfidence[b] - binRight[b]) / n;
      }
    }
    return new FacetScore(
        matrix.accuracy(),
        matrix.macroF1(),
        ece,
        matrix,
        n == 0 ? 0.0 : (double) preselected / n,
        preselected == 0 ? 1.0 : (double) preselectedRight / preselected);
  }
}
