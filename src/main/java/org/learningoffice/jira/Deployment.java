package org.learningoffice.jira;

import java.util.Locale;

/** Which kind of Jira we talk to: it decides the REST version and the comment format. */
public enum Deployment {
  /** Jira Cloud: REST v3, Atlassian Document Format bodies, users by account id. */
  CLOUD("rest/api/3"),
  /** Jira Data Center (or Server): REST v2, wiki-markup bodies, users by name. */
  DATA_CENTER("rest/api/2");

  private final String restBase;

  Deployment(String restBase) {
    this.restBase = restBase;
  }

  /** The REST path prefix without a leading slash, e.g. {@code rest/api/3}. */
  String restBase() {
    return restBase;
  }

  /**
   * Reads {@code serverInfo.deploymentType}: "Cloud" is Cloud, "Server" and "DataCenter" are Data
   * Center.
   */
  public static Deployment fromDeploymentType(String deploymentType) {
    String type = deploymentType == null ? "" : deploymentType.trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "cloud" -> CLOUD;
      case "server", "datacenter", "data_center", "data center" -> DATA_CENTER;
      default ->
          throw new IllegalArgumentException(
              "unknown Jira deploymentType '" + deploymentType + "'; expected Cloud or DataCenter");
    };
  }
}
