package org.learningoffice.classify;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Round 6 of docs/classifier.md: for every split of {@code classify eval --learning-curve} (same
 * seed, same confirmable and test lessons) and k = 0, 10, 20, 40, dumps the scores of all the
 * held-out group's lessons under (a) the service's retraining ("base": the k confirmed lessons
 * added with weight 1), (b) Daumé's feature augmentation ("augW": every regression feature of a
 * confirmed lesson also gets an installation copy "@f", confirmed lessons counted W times; the
 * installation's lessons are scored with both copies), (c) naive Bayes counts adapted to the
 * installation ("nbM": P(f|c) = (n_inst(f,c) + M P_global(f|c)) / (N_inst(c) + M), regression of
 * "base"). Post-hoc adaptations (label priors by EM, BBSE, biases) are swept offline by
 * src/test/experiments/round6/*.py. Not compiled by the build: copy it to
 * src/test/java/org/learningoffice/classify and run `mvn -B -q test
 * -Dtest=LearningCurveDumpExperiment -Dlo.experiment=true -Dsurefire.failIfNoSpecifiedTests=false`; it writes
 * /tmp/lo-curve-scores.tsv (-Dlo.dump=). Round 6 ran it three times: with the defaults
 * (-Dlo.aug=1,4 -Dlo.nbm=30,100,300, /tmp/lo-curve-scores.tsv); with -Dlo.aug=1,2
 * -Dlo.augsets=all,bias,ctx,words -Dlo.nbm=3000,10000 (/tmp/lo-curve2.tsv); with -Dlo.gaug=true
 * (every writer a domain, /tmp/lo-curve3.tsv). Columns: group, variant, k, role
 * (index among the confirmable lessons, -1 for a test lesson), id, distinct naive Bayes features,
 * evidence, placed by the CODP rule, then per facet gold index, regression log-probabilities and
 * naive Bayes log-joints.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class LearningCurveDumpExperiment {

  private static final String INSTALLATION = "@";

  /** Which regression features get an installation copy, by prefix ("" = every feature). */
  private static final Map<String, List<String>> AUG_SETS =
      Map.of(
          "bias", List.of("bias"),
          "ctx", List.of("bias", "cue=", "codp=", "stage=", "strategy=", "priority="),
          "words", List.of("bias", "w=", "e=", "t="));

  @Test
  void dump() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    NaiveBayesFeatures nbFeatures = injector.getInstance(NaiveBayesFeatures.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    LearningCurve curve = injector.getInstance(LearningCurve.class);
    int[] augWeights =
        Arrays.stream(System.getProperty("lo.aug", "1,4").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    double[] nbMasses =
        Arrays.stream(System.getProperty("lo.nbm", "30,100,300").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();
    List<String> augSets = List.of(System.getProperty("lo.augsets", "all").split(","));
    String out = System.getProperty("lo.dump", "/tmp/lo-curve-scores.tsv");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out)))) {
      for (CurveSplit split : curve.splits(lessons)) {
        long t0 = System.nanoTime();
        List<LabelledLesson> group = new ArrayList<>(split.confirmable());
        group.addAll(split.test());
        if (Boolean.getBoolean("lo.gaug")) {
          for (int k : LearningCurve.STEPS) {
            List<LabelledLesson> confirmed = split.confirmed(k);
            FacetModels base = trainer.train(split.training(), confirmed).models();
            FacetModels aug = writerAugmented(split.training(), confirmed, base, features);
            write(w, split, "gaug", k, group, aug, plain(base), k == 0 ? List.of() : List.of(""),
                features, nbFeatures);
          }
          w.flush();
          System.err.printf(
              "group %s done in %d ms%n", split.group(), (System.nanoTime() - t0) / 1_000_000);
          continue;
        }
        for (int k : LearningCurve.STEPS) {
          List<LabelledLesson> confirmed = split.confirmed(k);
          FacetModels base = trainer.train(split.training(), confirmed).models();
          write(w, split, "base", k, group, base, plain(base), List.of(), features, nbFeatures);
          if (k == 0) {
            continue;
          }
          for (double m : nbMasses) {
            Map<Facet, AdaptedNb> adapted = new java.util.EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
              adapted.put(facet, new AdaptedNb(base.naiveBayes(facet), confirmed, nbFeatures, m));
            }
            write(w, split, "nb" + (int) m, k, group, base, (facet, words) ->
                adapted.get(facet).joint(words), List.of(), features, nbFeatures);
          }
          for (int weight : augWeights) {
            for (String set : augSets) {
              List<String> prefixes = set.equals("all") ? List.of("") : AUG_SETS.get(set);
              FacetModels aug =
                  augmented(split.training(), confirmed, weight, base, features, prefixes);
              String name = "aug" + weight + (set.equals("all") ? "" : set);
              write(w, split, name, k, group, aug, plain(base), prefixes, features, nbFeatures);
            }
          }
        }
        w.flush();
        System.err.printf(
            "group %s done in %d ms%n", split.group(), (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  /** The regression trained with installation copies of the confirmed lessons' features. */
  private static FacetModels augmented(
      List<LabelledLesson> training,
      List<LabelledLesson> confirmed,
      int weight,
      FacetModels base,
      FeatureExtractor features,
      List<String> prefixes) {
    List<LabelledLesson> lessons = new ArrayList<>(training);
    lessons.addAll(confirmed);
    List<String[]> all = new ArrayList<>();
    Map<String, Integer> lessonsWith = new HashMap<>();
    for (int i = 0; i < lessons.size(); i++) {
      String[] context = features.extract(lessons.get(i).input()).contextArray();
      if (i >= training.size()) {
        context = withInstallationCopies(context, prefixes);
      }
      all.add(context);
      for (String f : context) {
        lessonsWith.merge(f, 1, Integer::sum);
      }
    }
    List<String[]> contexts = new ArrayList<>();
    for (String[] context : all) {
      contexts.add(
          Arrays.stream(context)
              .filter(f -> lessonsWith.get(f) >= LearnedClassifierTrainer.MIN_LESSONS_PER_FEATURE)
              .toArray(String[]::new));
    }
    List<Integer> copies = new ArrayList<>(Collections.nCopies(training.size(), 1));
    copies.addAll(Collections.nCopies(confirmed.size(), weight));
    Map<Facet, FacetModel> models = new java.util.EnumMap<>(Facet.class);
    Map<Facet, NaiveBayesModel> nb = new java.util.EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<String> labels = lessons.stream().map(l -> l.gold().label(facet)).toList();
      models.put(
          facet,
          new FacetModelTrainer(
                  LearnedClassifierTrainer.L2_COST.get(facet), LearnedClassifierTrainer.ITERATIONS)
              .train(facet, contexts, labels, copies));
      nb.put(facet, base.naiveBayes(facet));
    }
    return new FacetModels(models, nb);
  }

  /**
   * Daumé's augmentation with every writer a domain: a training lesson's features also get a copy
   * named after its group, a confirmed lesson's the installation copy.
   */
  private static FacetModels writerAugmented(
      List<LabelledLesson> training,
      List<LabelledLesson> confirmed,
      FacetModels base,
      FeatureExtractor features) {
    List<LabelledLesson> lessons = new ArrayList<>(training);
    lessons.addAll(confirmed);
    List<String[]> all = new ArrayList<>();
    Map<String, Integer> lessonsWith = new HashMap<>();
    for (int i = 0; i < lessons.size(); i++) {
      String[] context = features.extract(lessons.get(i).input()).contextArray();
      String domain = i >= training.size() ? INSTALLATION : "#" + lessons.get(i).group() + "|";
      List<String> both = new ArrayList<>(Arrays.asList(context));
      for (String f : context) {
        both.add(domain + f);
      }
      context = both.toArray(String[]::new);
      all.add(context);
      for (String f : context) {
        lessonsWith.merge(f, 1, Integer::sum);
      }
    }
    List<String[]> contexts = new ArrayList<>();
    for (String[] context : all) {
      contexts.add(
          Arrays.stream(context)
              .filter(f -> lessonsWith.get(f) >= LearnedClassifierTrainer.MIN_LESSONS_PER_FEATURE)
              .toArray(String[]::new));
    }
    Map<Facet, FacetModel> models = new java.util.EnumMap<>(Facet.class);
    Map<Facet, NaiveBayesModel> nb = new java.util.EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<String> labels = lessons.stream().map(l -> l.gold().label(facet)).toList();
      models.put(
          facet,
          new FacetModelTrainer(
                  LearnedClassifierTrainer.L2_COST.get(facet), LearnedClassifierTrainer.ITERATIONS)
              .train(facet, contexts, labels));
      nb.put(facet, base.naiveBayes(facet));
    }
    return new FacetModels(models, nb);
  }

  private static String[] withInstallationCopies(String[] context, List<String> prefixes) {
    List<String> both = new ArrayList<>(Arrays.asList(context));
    for (String f : context) {
      if (prefixes.stream().anyMatch(f::startsWith)) {
        both.add(INSTALLATION + f);
      }
    }
    return both.toArray(String[]::new);
  }

  private static java.util.function.BiFunction<Facet, List<String>, double[]> plain(
      FacetModels models) {
    return (facet, words) -> models.naiveBayes(facet).logJoint(words);
  }

  /** Holds installation counts; scoring goes through {@link #joint}. */
  private static final class AdaptedNb {
    final NaiveBayesModel global;
    final Map<String, double[]> counts = new HashMap<>();
    final double[] totals;
    final double m;

    AdaptedNb(NaiveBayesModel global, List<LabelledLesson> confirmed, NaiveBayesFeatures f,
        double m) {
      this.global = global;
      this.m = m;
      int n = global.facet().labels().size();
      totals = new double[n];
      for (LabelledLesson lesson : confirmed) {
        int c = global.facet().labels().indexOf(lesson.gold().label(global.facet()));
        for (String feature : LearnedClassifier.distinct(f.extract(lesson.input()))) {
          counts.computeIfAbsent(feature, x -> new double[n])[c] += 1;
          totals[c] += 1;
        }
      }
    }

    double[] joint(List<String> words) {
      double[] score = global.logJoint(List.of());
      for (String word : words) {
        double[] g = global.logJoint(List.of(word));
        double[] prior = global.logJoint(List.of());
        if (Arrays.equals(g, prior)) {
          continue; // unknown to the global model: ignored, as there
        }
        double[] n = counts.get(word);
        for (int c = 0; c < score.length; c++) {
          double pg = Math.exp(g[c] - prior[c]);
          double ni = n == null ? 0 : n[c];
          score[c] += Math.log((ni + m * pg) / (totals[c] + m));
        }
      }
      return score;
    }
  }

  private static void write(
      PrintWriter w,
      CurveSplit split,
      String variant,
      int k,
      List<LabelledLesson> group,
      FacetModels lrModels,
      java.util.function.BiFunction<Facet, List<String>, double[]> nb,
      List<String> augment,
      FeatureExtractor features,
      NaiveBayesFeatures nbFeatures) {
    for (int i = 0; i < group.size(); i++) {
      LabelledLesson lesson = group.get(i);
      LessonFeatures lf = features.extract(lesson.input());
      String[] context = augment.isEmpty() ? lf.contextArray() : withInstallationCopies(lf.contextArray(), augment);
      List<String> words = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
      double evidence =
          Math.min(
              1.0,
              lrModels.get(Facet.UNIT).knownFeatures(lf.contextArray(), "w=")
                  / LearnedClassifier.FULL_EVIDENCE_WORDS);
      int role = i < split.confirmable().size() ? i : -1;
      StringBuilder line = new StringBuilder();
      line.append(split.group()).append('\t').append(variant).append('\t').append(k).append('\t')
          .append(role).append('\t').append(lesson.id()).append('\t').append(words.size())
          .append('\t').append(String.format(Locale.ROOT, "%.6f", evidence)).append('\t')
          .append(lf.codp().isPresent() ? 1 : 0);
      for (Facet facet : Facet.values()) {
        line.append('\t').append(facet.labels().indexOf(lesson.gold().label(facet)));
        double[] p = lrModels.get(facet).probabilities(context);
        double[] joint = nb.apply(facet, words);
        line.append('\t');
        for (int j = 0; j < p.length; j++) {
          line.append(j == 0 ? "" : ",")
              .append(String.format(Locale.ROOT, "%.8g", Math.log(Math.max(p[j], 1e-12))));
        }
        line.append('\t');
        for (int j = 0; j < joint.length; j++) {
          line.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.8g", joint[j]));
        }
      }
      w.println(line);
    }
  }
}
