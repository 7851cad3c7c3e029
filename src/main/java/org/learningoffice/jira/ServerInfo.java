package org.learningoffice.jira;

/** What {@code serverInfo} says about the site. */
public record ServerInfo(
    String baseUrl, String version, String deploymentType, String serverTitle) {

  /** Cloud or Data Center, read from {@code deploymentType}. */
  public Deployment deployment() {
    return Deployment.fromDeploymentType(deploymentType);
  }
}
