package org.learningoffice.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains L2-regularised logistic regression (OpenNLP maxent, L-BFGS) for one facet, with labels
 * balanced by repeating lessons of rarer labels. An interrupt of the training thread ends it within
 * one L-BFGS step with a {@link TrainingInterruptedException}.
 */
public final class FacetModelTrainer {

  private static final String UNSEEN_LABEL = "(placeholder for a label missing from training)";

  private final double l2Cost;
  private final int iterations;

  /**
   * @param l2Cost L2 penalty; larger means smoother, less confident models
   * @param iterations upper bound on L-BFGS iterations
   */
  public FacetModelTrainer(double l2Cost, int iterations) {
    this.l2Cost = l2Cost;
    this.iterations = iterations;
  }

  /** Trains a model from features paired with gold labels, each lesson counted once. */
  public FacetModel train(Facet facet, List<String[]> contexts, List<String> labels) {
    return train(facet, contexts, labels, Collections.nCopies(labels.size(), 1));
  }

  /**
   * Trains a model from features paired with gold labels.
   *
   * @param copies how many times each lesson counts (a person-confirmed lesson counts more)
   */
  public FacetModel train(
      Facet facet, List<String[]> contexts, List<String> labels, List<Integer> copies) {
    // Macro-F1 weighs every label alike: a lesson of a rare label counts about as often as the
    // commonest label is to it, so the model does not learn to ignore the rare one.
    Map<String, Long> counts =
        labels.stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
    long most = Collections.max(counts.values());
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < contexts.size(); i++) {
      long repeats = copies.get(i) * Math.round((double) most / counts.get(labels.get(i)));
      for (long c = 0; c < repeats; c++) {
        events.add(new Event(labels.get(i), contexts.get(i)));
      }
    }
    if (new HashSet<>(labels).size() < 2) {
      // Logistic regression needs two outcomes; tiny training sets (a CV fold of a small file)
      // may hold one. One placeholder event per other label keeps them possible, not likely.
      for (String label : facet.labels()) {
        if (!labels.contains(label)) {
          events.add(new Event(label, new String[] {UNSEEN_LABEL}));
        }
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    // In memory: the default two-pass indexer spools events to a temporary file.
    params.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.L2COST_PARAM, l2Cost);
    InterruptibleQnTrainer trainer = new InterruptibleQnTrainer();
    trainer.init(params, null);
    try {
      return new FacetModel(facet, trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new ClassifyException("training the " + facet.key() + " model failed", e);
    }
  }
}
