package org.learningoffice.feedforward;

/** How often a lesson was voted "helped" and "not relevant" wherever it was fed forward. */
record Feedback(int helped, int notRelevant) {
  static final Feedback NONE = new Feedback(0, 0);

  /**
   * What the votes do to a lesson's relevance: the square root of (helped + 1) / (not relevant +
   * 1), kept within 0.5 and 1.5, so that one vote moves a lesson (by about 0.7 or 1.4) without
   * burying or crowning it for good.
   */
  double factor() {
    double ratio = Math.sqrt((helped + 1.0) / (notRelevant + 1.0));
    return Math.max(0.5, Math.min(1.5, ratio));
  }
}
