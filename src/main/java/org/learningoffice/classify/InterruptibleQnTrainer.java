package org.learningoffice.classify;

import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's L-BFGS logistic regression, single-threaded, that gives up at its next step once its
 * thread is interrupted: a stopping service does not wait for a training that may take seconds. The
 * model it trains is OpenNLP's own, weight for weight (only the per-iteration accuracy that OpenNLP
 * logs at debug level is left out).
 */
final class InterruptibleQnTrainer extends QNTrainer {
  private double l1Cost;
  private double l2Cost;
  private int memory;
  private int maxEvaluations;

  @Override
  public void init(TrainingParameters params, Map<String, String> reportMap) {
    super.init(params, reportMap);
    l1Cost = params.getDoubleParameter(L1COST_PARAM, L1COST_DEFAULT);
    l2Cost = params.getDoubleParameter(L2COST_PARAM, L2COST_DEFAULT);
    memory = params.getIntParameter(M_PARAM, M_DEFAULT);
    maxEvaluations = params.getIntParameter(MAX_FCT_EVAL_PARAM, MAX_FCT_EVAL_DEFAULT);
  }

  @Override
  public QNModel trainModel(int iterations, DataIndexer indexer) {
    QNMinimizer minimizer = new QNMinimizer(l1Cost, l2Cost, iterations, memory, maxEvaluations);
    double[] weights = minimizer.minimize(new UntilInterrupted(new NegLogLikelihood(indexer)));
    // OpenNLP lays the weights out outcome by outcome; a model holds them feature by feature.
    String[] features = indexer.getPredLabels();
    String[] outcomes = indexer.getOutcomeLabels();
    int[] everyOutcome = new int[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      everyOutcome[o] = o;
    }
    Context[] perFeature = new Context[features.length];
    for (int f = 0; f < features.length; f++) {
      double[] featureWeights = new double[outcomes.length];
      for (int o = 0; o < outcomes.length; o++) {
        featureWeights[o] = weights[o * features.length + f];
      }
      perFeature[f] = new Context(everyOutcome.clone(), featureWeights);
    }
    return new QNModel(perFeature, features, outcomes);
  }

  /**
   * The objective, checking the thread's interrupt before each evaluation: L-BFGS evaluates it at
   * least once an iteration, so an interrupt ends the training within one step.
   */
  private record UntilInterrupted(Function objective) implements Function {
    @Override
    public int getDimension() {
      return objective.getDimension();
    }

    @Override
    public double valueAt(double[] x) {
      TrainingInterruptedException.throwIfInterrupted();
      return objective.valueAt(x);
    }

    @Override
    public double[] gradientAt(double[] x) {
      TrainingInterruptedException.throwIfInterrupted();
      return objective.gradientAt(x);
    }
  }
}
