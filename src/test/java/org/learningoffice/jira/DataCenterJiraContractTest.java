package org.learningoffice.jira;

/** The contract against a fake Jira Data Center (REST v2, wiki markup). */
class DataCenterJiraContractTest extends WireMockJiraContract {
  @Override
  protected Deployment expectedDeployment() {
    return Deployment.DATA_CENTER;
  }
}
