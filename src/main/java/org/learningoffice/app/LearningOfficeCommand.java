package org.learningoffice.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: shows help when run without a subcommand. */
@Command(
    name = "learning-office",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
      "Learning Office for Jira: captures, classifies and digests lessons learned on customer-order"
          + " tickets.",
      "Configuration: learning-office.yml (or --config FILE); every key can be overridden by an"
          + " LO_ environment variable."
    })
final class LearningOfficeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: choose one of the commands below");
  }
}
