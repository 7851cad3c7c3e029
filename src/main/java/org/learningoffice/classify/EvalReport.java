package org.learningoffice.classify;

/**
 * Result of {@code classify eval}: the classifier next to its baselines on the same lessons.
 *
 * @param method how lessons were kept apart from training, in words
 * @param overlapping input lessons whose id or text is also in the training data (0 under CV)
 * @param model the full classifier (rules + learned)
 * @param rules the rules layer alone
 * @param majority the majority-class baseline
 */
public record EvalReport(
    String method, int overlapping, EvalResult model, EvalResult rules, EvalResult majority) {

  /** Number of lessons scored. */
  public int n() {
    return model.n();
  }
}
