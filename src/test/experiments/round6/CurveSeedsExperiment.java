package org.learningoffice.classify;

import com.google.inject.Injector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Round 6 of docs/classifier.md: how much target 6's figure (k = 40 − k = 0, macro-F1 means over
 * groups) moves with which 40 lessons are drawn. Runs the service's learning curve ({@link
 * LearningCurve}, unchanged) at other seeds and prints one line per seed. Not compiled by the
 * build: copy it to src/test/java/org/learningoffice/classify and run `mvn -B -q test -Dtest=CurveSeedsExperiment
 * -Dlo.experiment=true -Dsurefire.failIfNoSpecifiedTests=false -Dlo.seeds=1,2,3,4`.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class CurveSeedsExperiment {

  @Test
  void curves() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    for (String seed : System.getProperty("lo.seeds", "1,2,3,4").split(",")) {
      Map<Integer, GroupedResult> curve = new LearningCurve(trainer, Long.parseLong(seed)).run(lessons);
      StringBuilder line = new StringBuilder("seed " + seed);
      for (Facet facet : Facet.values()) {
        line.append(" | ").append(facet.key());
        for (int k : LearningCurve.STEPS) {
          line.append(String.format(" %.3f", curve.get(k).mean(facet, FacetScore::macroF1)));
        }
      }
      System.err.println(line);
    }
  }
}
