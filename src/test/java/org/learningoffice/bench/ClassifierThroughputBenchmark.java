package org.learningoffice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.learningoffice.classify.Classification;
import org.learningoffice.classify.Classifier;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.CodpRule;
import org.learningoffice.classify.CueMatcher;
import org.learningoffice.classify.ExplanationWriter;
import org.learningoffice.classify.FeatureExtractor;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.LabelledLessonReader;
import org.learningoffice.classify.LearnedClassifierTrainer;
import org.learningoffice.classify.LessonInput;
import org.learningoffice.classify.MajorityClassifier;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lessons classified per second on one thread by the trained classifier, next to the tokenizer
 * alone and the majority-class classifier measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ClassifierThroughputBenchmark {

  private List<LessonInput> lessons;
  private Tokenizer tokenizer;
  private Classifier trained;
  private Classifier majority;
  private int next;

  @Setup
  public void train() {
    List<LabelledLesson> bundled = new LabelledLessonReader(new ObjectMapper()).bundled();
    lessons = bundled.stream().map(LabelledLesson::input).toList();
    tokenizer = new Tokenizer();
    FeatureExtractor features =
        new FeatureExtractor(
            tokenizer, new CueMatcher(new VocabularyLoader().bundled(), tokenizer), new CodpRule());
    ClassifySettings settings = ClassifySettings.defaults();
    trained =
        new LearnedClassifierTrainer(
                features,
                new NaiveBayesFeatures(tokenizer, new CodpRule()),
                new ExplanationWriter(),
                settings)
            .train(bundled);
    majority = MajorityClassifier.trainer(settings).train(bundled);
  }

  private LessonInput nextLesson() {
    next = (next + 1) % lessons.size();
    return lessons.get(next);
  }

  @Benchmark
  public Classification classifier() {
    return trained.classify(nextLesson());
  }

  @Benchmark
  public List<String> baselineTokenizerAlone() {
    LessonInput lesson = nextLesson();
    List<String> title = tokenizer.stems(lesson.title());
    List<String> text = tokenizer.stems(lesson.text());
    return text.size() > title.size() ? text : title;
  }

  @Benchmark
  public Classification baselineMajorityClass() {
    return majority.classify(nextLesson());
  }
}
