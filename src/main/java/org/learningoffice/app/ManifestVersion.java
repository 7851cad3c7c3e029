package org.learningoffice.app;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
final class ManifestVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "learning-office " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version")
    };
  }
}
