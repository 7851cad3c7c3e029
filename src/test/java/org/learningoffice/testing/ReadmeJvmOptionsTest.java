package org.learningoffice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what the README recommends: its systemd unit's {@code ExecStart} line runs
 * {@code /usr/bin/env} with exactly {@link ServeProcess#README_ENVIRONMENT}, then {@code java} with
 * exactly {@link ServeProcess#README_JVM_OPTIONS} and then the class archive's option between
 * {@code java} and {@code -jar}.
 */
class ReadmeJvmOptionsTest {

  @Test
  void theReadmesSystemdUnitRecommendsTheEnvironmentAndOptionsTheBenchmarksRun() throws Exception {
    List<String> execStart =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(line -> line.startsWith("ExecStart=") && line.contains(" -jar "))
            .toList();
    assertThat(execStart).hasSize(1);
    List<String> words = Arrays.asList(execStart.get(0).split("\\s+"));
    int java = words.indexOf("java");
    int jar = words.indexOf("-jar");

    assertThat(words.get(0))
        .as("ExecStart runs java through env")
        .isEqualTo("ExecStart=/usr/bin/env");
    assertThat(java).as("ExecStart runs java").isPositive();
    Map<String, String> environment = new LinkedHashMap<>();
    for (String assignment : words.subList(1, java)) {
      assertThat(assignment).as("an env assignment").contains("=");
      environment.put(
          assignment.substring(0, assignment.indexOf('=')),
          assignment.substring(assignment.indexOf('=') + 1));
    }
    assertThat(environment).isEqualTo(ServeProcess.README_ENVIRONMENT);
    List<String> options = new ArrayList<>(ServeProcess.README_JVM_OPTIONS);
    options.add(ServeProcess.classArchiveOption(ServeProcess.README_CLASS_ARCHIVE));
    assertThat(words.subList(java + 1, jar)).isEqualTo(options);
  }
}
