package org.learningoffice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.learningoffice.classify.Classifier;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.CodpRule;
import org.learningoffice.classify.CueMatcher;
import org.learningoffice.classify.ExplanationWriter;
import org.learningoffice.classify.FeatureExtractor;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.LabelledLessonReader;
import org.learningoffice.classify.LearnedClassifierTrainer;
import org.learningoffice.classify.LessonFeatures;
import org.learningoffice.classify.LessonInput;
import org.learningoffice.classify.NaiveBayesFeatures;
import org.learningoffice.classify.Tokenizer;
import org.learningoffice.classify.VocabularyLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to train the classifier on 1,000 lessons (the bundled ones, repeated with variations), next
 * to extracting their features alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class TrainingBenchmark {

  private static final int LESSONS = 1_000;

  private List<LabelledLesson> lessons;
  private FeatureExtractor features;
  private LearnedClassifierTrainer trainer;

  @Setup
  public void load() {
    List<LabelledLesson> bundled = new LabelledLessonReader(new ObjectMapper()).bundled();
    lessons = new ArrayList<>(LESSONS);
    for (int i = 0; i < LESSONS; i++) {
      LabelledLesson base = bundled.get(i % bundled.size());
      LessonInput input = base.input();
      // Repeats get an extra word so they are distinct events, as new lessons would be.
      String text = i < bundled.size() ? input.text() : input.text() + " variant" + i;
      lessons.add(
          new LabelledLesson(
              base.id() + "-" + i,
              new LessonInput(
                  input.title(), text, input.stage(), input.strategy(), input.priority()),
              base.gold()));
    }
    Tokenizer tokenizer = new Tokenizer();
    features =
        new FeatureExtractor(
            tokenizer, new CueMatcher(new VocabularyLoader().bundled(), tokenizer), new CodpRule());
    trainer =
        new LearnedClassifierTrainer(
            features,
            new NaiveBayesFeatures(tokenizer, new CodpRule()),
            new ExplanationWriter(),
            ClassifySettings.defaults());
  }

  @Benchmark
  public Classifier trainOnThousandLessons() {
    return trainer.train(lessons);
  }

  @Benchmark
  public int baselineFeaturesOfThousandLessons() {
    int total = 0;
    for (LabelledLesson lesson : lessons) {
      LessonFeatures f = features.extract(lesson.input());
      total += f.context().size();
    }
    return total;
  }
}
