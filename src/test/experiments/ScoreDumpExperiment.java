package org.learningoffice.classify;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Dumps, for every outer leave-one-group-out split and every inner split of its 7 training groups,
 * the held-out lessons' raw scores (regression log-probabilities, naive Bayes log-joints, word
 * count, evidence, CODP placement) so calibration and combination variants can be swept offline
 * (docs/classifier.md, round 5; sweeps in src/test/experiments/round5). Not compiled
 * by the build: to rerun, copy it to src/test/java/org/learningoffice/classify and run `mvn -o test
 * -Dtest=ScoreDumpExperiment -Dlo.experiment=true`; it writes /tmp/lo-scores.tsv.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class ScoreDumpExperiment {

  @Test
  void dump() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    NaiveBayesFeatures nbFeatures = injector.getInstance(NaiveBayesFeatures.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    GroupedCrossValidator cv = new GroupedCrossValidator();
    String out = System.getProperty("lo.dump", "/tmp/lo-scores.tsv");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out)))) {
      for (GroupSplit outer : cv.splits(lessons)) {
        long t0 = System.nanoTime();
        write(w, outer.group(), "-", trainer.train(outer.training()).models(), outer.heldOut(),
            features, nbFeatures);
        for (GroupSplit inner : cv.splits(outer.training())) {
          write(w, outer.group(), inner.group(), trainer.train(inner.training()).models(),
              inner.heldOut(), features, nbFeatures);
        }
        w.flush();
        System.err.printf("outer %s done in %d ms%n", outer.group(),
            (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  private static void write(PrintWriter w, String outer, String inner, FacetModels models,
      List<LabelledLesson> heldOut, FeatureExtractor features, NaiveBayesFeatures nbFeatures) {
    for (LabelledLesson lesson : heldOut) {
      LessonFeatures lf = features.extract(lesson.input());
      String[] context = lf.contextArray();
      List<String> words = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
      double evidence =
          Math.min(1.0, models.get(Facet.UNIT).knownFeatures(context, "w=")
              / LearnedClassifier.FULL_EVIDENCE_WORDS);
      StringBuilder line = new StringBuilder();
      line.append(outer).append('\t').append(inner).append('\t').append(lesson.group())
          .append('\t').append(lesson.id()).append('\t').append(words.size()).append('\t')
          .append(String.format(Locale.ROOT, "%.6f", evidence)).append('\t')
          .append(lf.codp().isPresent() ? 1 : 0);
      for (Facet facet : Facet.values()) {
        line.append('\t').append(facet.labels().indexOf(lesson.gold().label(facet)));
        double[] p = models.get(facet).probabilities(context);
        double[] joint = models.naiveBayes(facet).logJoint(words);
        line.append('\t');
        for (int i = 0; i < p.length; i++) {
          line.append(i == 0 ? "" : ",")
              .append(String.format(Locale.ROOT, "%.8g", Math.log(Math.max(p[i], 1e-12))));
        }
        line.append('\t');
        for (int i = 0; i < joint.length; i++) {
          line.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.8g", joint[i]));
        }
      }
      w.println(line);
    }
  }
}
