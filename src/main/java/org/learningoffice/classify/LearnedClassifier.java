package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classifier the service uses: per facet, logistic regression over text, cues and CODP context
 * combined with naive Bayes over which words and word bigrams a lesson has, each facet's vote then
 * tempered.
 */
public final class LearnedClassifier implements Classifier {

  /** Known words from which a lesson's text counts as full evidence. */
  static final double FULL_EVIDENCE_WORDS = 6.0;

  /**
   * Weight of naive Bayes' length-normalised log-odds next to logistic regression's, per facet.
   * Chosen by leave-one-group-out CV (0 to 5 compared): naive Bayes carries the words of writers
   * the regression has not read. On direction it adds nothing steady (see docs/classifier.md).
   */
  static final Map<Facet, Double> NAIVE_BAYES_WEIGHT =
      Map.of(Facet.UNIT, 3.0, Facet.TYPE, 3.0, Facet.DIRECTION, 0.0);

  /**
   * Softmax temperature per facet: above 1 softens a facet that is overconfident on writers it has
   * not read. Unit's is the one an inner leave-one-group-out CV over the training groups fits by
   * log-loss (2.2 in 7 of 8 splits); type's agrees with that fit (1.6 to 1.8); direction's was read
   * off the held-out groups, since the inner fit (1.7 to 1.8) did worse there (docs/classifier.md).
   */
  static final Map<Facet, Double> TEMPERATURE =
      Map.of(Facet.UNIT, 2.2, Facet.TYPE, 1.6, Facet.DIRECTION, 1.2);

  /** Words named in an explanation at most. */
  private static final int EXPLAINING_WORDS = 3;

  /** Words that tell a person nothing on their own; a named phrase may not start with one. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "we", "i", "you", "he", "she", "it", "they", "our", "their", "this",
          "that", "these", "those", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or",
          "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "did", "so",
          "as", "from", "into", "its", "us", "me", "my", "there", "then", "than");

  /** Words a named phrase may not end with. */
  private static final Set<String> DANGLING =
      Set.of("a", "an", "the", "we", "i", "it", "they", "our", "their", "this", "that", "and");

  private final FeatureExtractor features;
  private final NaiveBayesFeatures naiveBayesFeatures;
  private final FacetModels models;
  private final ExplanationWriter explanations;
  private final SuggestionFactory suggestions;

  public LearnedClassifier(
      FeatureExtractor features,
      NaiveBayesFeatures naiveBayesFeatures,
      FacetModels models,
      ExplanationWriter explanations,
      ClassifySettings settings) {
    this.features = features;
    this.naiveBayesFeatures = naiveBayesFeatures;
    this.models = models;
    this.explanations = explanations;
    this.suggestions = new SuggestionFactory(settings);
  }

  @Override
  public Classification classify(LessonInput input) {
    LessonFeatures lesson = features.extract(input);
    String[] context = lesson.contextArray();
    List<String> words = distinct(naiveBayesFeatures.extract(input));
    // Few words the models know (empty, foreign or emoji text) means little evidence: the
    // suggestion falls back toward "don't know" instead of echoing the order context.
    double evidence =
        Math.min(1.0, models.get(Facet.UNIT).knownFeatures(context, "w=") / FULL_EVIDENCE_WORDS);
    double[][] byFacet = new double[Facet.values().length][];
    for (Facet facet : Facet.values()) {
      double[] p = combined(facet, context, words);
      boolean placedByStage = facet == Facet.UNIT && lesson.codp().isPresent();
      byFacet[facet.ordinal()] = placedByStage ? p : shrink(p, evidence);
    }
    return suggestions.classification(
        byFacet,
        (facet, label) ->
            explanations.explain(facet, label, lesson, decidingWords(facet, label, words)));
  }

  private double[] combined(Facet facet, String[] context, List<String> words) {
    double[] p = models.get(facet).probabilities(context);
    double weight = NAIVE_BAYES_WEIGHT.get(facet);
    double[] score = new double[p.length];
    double[] joint = weight > 0 ? models.naiveBayes(facet).logJoint(words) : new double[p.length];
    // Naive Bayes' log-odds grow with the lesson's length; the square root keeps a long lesson
    // from drowning the regression's vote.
    double scale = weight / Math.sqrt(Math.max(1, words.size()));
    for (int i = 0; i < p.length; i++) {
      score[i] = Math.log(Math.max(p[i], 1e-12)) + scale * joint[i];
    }
    return NaiveBayesModel.softmax(score, TEMPERATURE.get(facet));
  }

  /** The lesson's words that speak most for the label, strongest first. */
  private List<String> decidingWords(Facet facet, String label, List<String> words) {
    NaiveBayesModel model = models.naiveBayes(facet);
    int index = facet.labels().indexOf(label);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String feature : words) {
      if ((feature.startsWith("w=") || feature.startsWith("b=")) && !weights.containsKey(feature)) {
        double weight = model.weightFor(feature, index);
        if (weight > 1.0 && readable(feature.substring(2))) {
          weights.put(feature, weight);
        }
      }
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(weights.entrySet());
    sorted.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
    List<String> deciding = new ArrayList<>();
    for (Map.Entry<String, Double> entry : sorted) {
      String phrase = entry.getKey().substring(2);
      boolean covered = deciding.stream().anyMatch(d -> d.contains(phrase) || phrase.contains(d));
      if (!covered) {
        deciding.add(phrase);
        if (deciding.size() == EXPLAINING_WORDS) {
          break;
        }
      }
    }
    return deciding;
  }

  /**
   * Each feature once, in first-seen order: whether a lesson has a word tells its labels apart
   * better on writers the model has not read than how often it has it (see docs/classifier.md).
   */
  static List<String> distinct(List<String> features) {
    return List.copyOf(new LinkedHashSet<>(features));
  }

  private static boolean readable(String phrase) {
    String[] words = phrase.split(" ");
    return !FUNCTION_WORDS.contains(words[0])
        && !DANGLING.contains(words[words.length - 1])
        && !words[0].chars().allMatch(Character::isDigit);
  }

  private static double[] shrink(double[] p, double evidence) {
    double[] shrunk = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      shrunk[i] = evidence * p[i] + (1 - evidence) / p.length;
    }
    return shrunk;
  }

  /** The trained models, for the model store. */
  public FacetModels models() {
    return models;
  }
}
