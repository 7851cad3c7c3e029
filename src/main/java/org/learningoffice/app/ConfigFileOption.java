package org.learningoffice.app;

import java.nio.file.Path;
import java.util.Map;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of every command that reads the configuration (a mixin). */
final class ConfigFileOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: ${DEFAULT-VALUE}).",
      defaultValue = "learning-office.yml")
  Path file;

  /** The file's configuration with {@code env}'s {@code LO_} overrides; a bad one throws. */
  AppConfig load(Map<String, String> env) {
    AppConfig config = new ConfigLoader(env).load(file);
    VocabularyFileCheck.requireUsable(config.classify());
    return config;
  }
}
