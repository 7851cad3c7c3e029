package org.learningoffice.classify;

/** Decides when enough new person-confirmed lessons have arrived to retrain the model. */
public final class RetrainPolicy {

  private final int retrainAfter;

  public RetrainPolicy(ClassifySettings settings) {
    this.retrainAfter = settings.retrainAfter();
  }

  /**
   * @param confirmedNow confirmed lessons in the store now
   * @param confirmedInModel confirmed lessons the current model was trained on
   */
  public boolean isDue(int confirmedNow, int confirmedInModel) {
    return confirmedNow - confirmedInModel >= retrainAfter;
  }
}
