package org.learningoffice.classify;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Like {@link ScoreDumpExperiment}, but the regression alone and at other L2 penalties (the
 * trainer's pruning copied), for choosing L2 by an inner leave-one-group-out CV (docs/classifier.md,
 * round 5). Not compiled by the build: copy it to src/test/java/org/learningoffice/classify and run
 * `mvn -o test -Dtest=L2DumpExperiment -Dlo.experiment=true -Dlo.l2=0.5,2,4`; it writes
 * /tmp/lo-l2-scores.tsv.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class L2DumpExperiment {

  @Test
  void dump() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    double[] l2s =
        Arrays.stream(System.getProperty("lo.l2", "0.5,2,4").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();
    GroupedCrossValidator cv = new GroupedCrossValidator();
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/lo-l2-scores.tsv")))) {
      for (GroupSplit outer : cv.splits(lessons)) {
        long t0 = System.nanoTime();
        List<GroupSplit> all = new ArrayList<>();
        all.add(new GroupSplit("-", outer.training(), outer.heldOut()));
        all.addAll(cv.splits(outer.training()));
        for (GroupSplit split : all) {
          List<String[]> contexts = pruned(split.training(), features);
          for (double l2 : l2s) {
            for (Facet facet : Facet.values()) {
              List<String> labels =
                  split.training().stream().map(l -> l.gold().label(facet)).toList();
              FacetModel model =
                  new FacetModelTrainer(l2, LearnedClassifierTrainer.ITERATIONS)
                      .train(facet, contexts, labels);
              for (LabelledLesson lesson : split.heldOut()) {
                double[] p = model.probabilities(features.extract(lesson.input()).contextArray());
                StringBuilder line = new StringBuilder();
                line.append(outer.group()).append('\t').append(split.group()).append('\t')
                    .append(lesson.id()).append('\t').append(l2).append('\t')
                    .append(facet.key()).append('\t');
                for (int i = 0; i < p.length; i++) {
                  line.append(i == 0 ? "" : ",").append(
                      String.format(Locale.ROOT, "%.8g", Math.log(Math.max(p[i], 1e-12))));
                }
                w.println(line);
              }
            }
          }
        }
        w.flush();
        System.err.printf("outer %s done in %d ms%n", outer.group(),
            (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  private static List<String[]> pruned(List<LabelledLesson> lessons, FeatureExtractor features) {
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
    return contexts;
  }
}
