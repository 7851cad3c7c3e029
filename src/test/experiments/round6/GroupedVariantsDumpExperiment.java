package org.learningoffice.classify;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Round 6 of docs/classifier.md: grouped-CV variants that change training, dumped per outer
 * leave-one-group-out split in the format of {@code LearningCurveDumpExperiment} (k = 0, role -1:
 * every lesson of the held-out group is scored). "base" is the service's trainer; "self" is
 * self-training on the held-out installation's own unlabelled lessons (those whose suggestion the
 * form would pre-select join training with the suggested label, per facet, weight 1, once); "gbal"
 * weighs every training writer alike (a lesson counts round(largest group / its group) times).
 * Not compiled by the build: copy it to src/test/java/org/learningoffice/classify and run
 * `mvn -B -q test
 * -Dtest=GroupedVariantsDumpExperiment -Dlo.experiment=true -Dsurefire.failIfNoSpecifiedTests=false`; it writes
 * /tmp/lo-grouped-variants.tsv, swept by src/test/experiments/round6/grouped.py.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class GroupedVariantsDumpExperiment {

  @Test
  void dump() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    NaiveBayesFeatures nbFeatures = injector.getInstance(NaiveBayesFeatures.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    String out = System.getProperty("lo.dump", "/tmp/lo-grouped-variants.tsv");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out)))) {
      for (GroupSplit split : new GroupedCrossValidator().splits(lessons)) {
        long t0 = System.nanoTime();
        LearnedClassifier base = trainer.train(split.training());
        write(w, split, "base", base.models(), base.models(), features, nbFeatures);
        Map<Facet, FacetModel> lr = new EnumMap<>(Facet.class);
        Map<Facet, NaiveBayesModel> nb = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
          List<LabelledLesson> pseudo = new ArrayList<>();
          for (LabelledLesson lesson : split.heldOut()) {
            Classification c = base.classify(lesson.input());
            if (c.get(facet).preselect()) {
              pseudo.add(
                  new LabelledLesson(
                      lesson.id(),
                      lesson.input(),
                      new FacetLabels(c.unit().label(), c.type().label(), c.direction().label()),
                      ""));
            }
          }
          FacetModels self = trainer.train(split.training(), pseudo).models();
          lr.put(facet, self.get(facet));
          nb.put(facet, self.naiveBayes(facet));
          System.err.printf("%s %s: %d pseudo-labelled%n", split.group(), facet, pseudo.size());
        }
        FacetModels self = new FacetModels(lr, nb);
        write(w, split, "self", self, self, features, nbFeatures);
        FacetModels balanced = groupBalanced(split.training(), features, nbFeatures);
        write(w, split, "gbal", balanced, balanced, features, nbFeatures);
        w.flush();
        System.err.printf(
            "group %s done in %d ms%n", split.group(), (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  /** The trainer's models, each writer's lessons counted so that every writer weighs alike. */
  private static FacetModels groupBalanced(
      List<LabelledLesson> lessons, FeatureExtractor features, NaiveBayesFeatures nbFeatures) {
    Map<String, Integer> size = new HashMap<>();
    lessons.forEach(l -> size.merge(l.group(), 1, Integer::sum));
    int largest = size.values().stream().max(Integer::compare).orElseThrow();
    List<Integer> copies =
        lessons.stream()
            .map(l -> (int) Math.round((double) largest / size.get(l.group())))
            .toList();
    List<String[]> all = new ArrayList<>();
    Map<String, Integer> lessonsWith = new HashMap<>();
    for (LabelledLesson lesson : lessons) {
      String[] context = features.extract(lesson.input()).contextArray();
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
    List<List<String>> words = new ArrayList<>();
    Map<String, Integer> lessonsWithWord = new HashMap<>();
    for (LabelledLesson lesson : lessons) {
      List<String> distinct = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
      words.add(distinct);
      distinct.forEach(x -> lessonsWithWord.merge(x, 1, Integer::sum));
    }
    words.replaceAll(
        ws ->
            ws.stream()
                .filter(x -> lessonsWithWord.get(x) >= LearnedClassifierTrainer.MIN_LESSONS_PER_FEATURE)
                .toList());
    List<Double> weights = copies.stream().map(Integer::doubleValue).toList();
    Map<Facet, FacetModel> lr = new EnumMap<>(Facet.class);
    Map<Facet, NaiveBayesModel> nb = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<String> labels = lessons.stream().map(l -> l.gold().label(facet)).toList();
      lr.put(
          facet,
          new FacetModelTrainer(
                  LearnedClassifierTrainer.L2_COST.get(facet), LearnedClassifierTrainer.ITERATIONS)
              .train(facet, contexts, labels, copies));
      nb.put(facet, NaiveBayesModel.train(facet, words, labels, weights));
    }
    return new FacetModels(lr, nb);
  }

  private static void write(
      PrintWriter w,
      GroupSplit split,
      String variant,
      FacetModels lrModels,
      FacetModels nbModels,
      FeatureExtractor features,
      NaiveBayesFeatures nbFeatures) {
    for (LabelledLesson lesson : split.heldOut()) {
      LessonFeatures lf = features.extract(lesson.input());
      String[] context = lf.contextArray();
      List<String> words = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
      double evidence =
          Math.min(
              1.0,
              lrModels.get(Facet.UNIT).knownFeatures(context, "w=")
                  / LearnedClassifier.FULL_EVIDENCE_WORDS);
      StringBuilder line = new StringBuilder();
      line.append(split.group()).append('\t').append(variant).append("\t0\t-1\t")
          .append(lesson.id()).append('\t').append(words.size()).append('\t')
          .append(String.format(Locale.ROOT, "%.6f", evidence)).append('\t')
          .append(lf.codp().isPresent() ? 1 : 0);
      for (Facet facet : Facet.values()) {
        line.append('\t').append(facet.labels().indexOf(lesson.gold().label(facet)));
        double[] p = lrModels.get(facet).probabilities(context);
        double[] joint = nbModels.naiveBayes(facet).logJoint(words);
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
