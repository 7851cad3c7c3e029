package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A restart with the same release and lessons loads the stored model instead of training a new one:
 * the model's fingerprint is the same in every JVM. Each run is its own JVM, because what went
 * wrong (the vocabulary's order taken from {@code Map.copyOf}) changes only between JVMs.
 */
class FingerprintAcrossRunsTest {

  /** Prints the fingerprint of the bundled lessons, as a starting service computes it. */
  public static void main(String[] args) {
    var injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> bundled = injector.getInstance(LabelledLessonReader.class).bundled();
    System.out.println(
        injector.getInstance(LearnedClassifierTrainer.class).featureFingerprint(bundled));
  }

  @Test
  void everyRunComputesTheSameFingerprint() throws Exception {
    List<String> fingerprints = new ArrayList<>();
    for (int run = 0; run < 4; run++) {
      fingerprints.add(runInItsOwnJvm());
    }

    assertThat(fingerprints).hasSize(4).allMatch(f -> f.matches("[0-9a-f]{64}"));
    assertThat(fingerprints).containsOnly(fingerprints.get(0));
  }

  private static String runInItsOwnJvm() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FingerprintAcrossRunsTest.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return out.strip();
  }
}
