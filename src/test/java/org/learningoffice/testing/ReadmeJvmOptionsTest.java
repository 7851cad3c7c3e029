package org.learningoffice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure the JVM options the README recommends: its systemd unit's {@code
 * ExecStart} line holds exactly {@link ServeProcess#README_JVM_OPTIONS} between {@code java} and
 * {@code -jar}.
 */
class ReadmeJvmOptionsTest {

  @Test
  void theReadmesSystemdUnitRecommendsTheOptionsTheBenchmarksRun() throws Exception {
    List<String> execStart =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(line -> line.startsWith("ExecStart=") && line.contains(" -jar "))
            .toList();
    assertThat(execStart).hasSize(1);
    List<String> words = Arrays.asList(execStart.get(0).split("\\s+"));
    int java = words.indexOf("ExecStart=/usr/bin/java");
    int jar = words.indexOf("-jar");

    assertThat(java).as("ExecStart runs /usr/bin/java").isNotNegative();
    assertThat(words.subList(java + 1, jar)).isEqualTo(ServeProcess.README_JVM_OPTIONS);
  }
}
