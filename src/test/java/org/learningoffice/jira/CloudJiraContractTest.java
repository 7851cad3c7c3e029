package org.learningoffice.jira;

/** The contract against a fake Jira Cloud (REST v3, ADF). */
class CloudJiraContractTest extends WireMockJiraContract {
  @Override
  protected Deployment expectedDeployment() {
    return Deployment.CLOUD;
  }
}
