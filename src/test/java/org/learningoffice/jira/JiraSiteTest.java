package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.Secret;

class JiraSiteTest {
  private final JiraAuth cloud = new JiraAuth.CloudApiToken("bot@example.com", Secret.of("t0k3n"));
  private final JiraAuth dataCenter = new JiraAuth.PersonalAccessToken(Secret.of("p4t"));

  @Test
  void cloudAuthIsBasicWithEmailAndApiToken() {
    assertThat(cloud.authorizationHeader().reveal())
        .isEqualTo("Basic Ym90QGV4YW1wbGUuY29tOnQwazNu"); // base64("bot@example.com:t0k3n")
  }

  @Test
  void dataCenterAuthIsABearerPersonalAccessToken() {
    assertThat(dataCenter.authorizationHeader().reveal()).isEqualTo("Bearer p4t");
  }

  @Test
  void neitherTheSiteNorItsAuthShowsTheSecretWhenPrinted() {
    JiraSite site = JiraSite.detecting(URI.create("https://x.atlassian.net"), cloud);

    assertThat(site.toString()).doesNotContain("t0k3n").doesNotContain("Ym90");
    assertThat(cloud.authorizationHeader().toString()).isEqualTo("****");
    assertThat(dataCenter.toString()).doesNotContain("p4t");
  }

  @Test
  void refusesAUrlThatIsNotHttpOrCarriesCredentials() {
    assertThatThrownBy(() -> JiraSite.detecting(URI.create("ftp://jira.example.com"), cloud))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JiraSite.detecting(URI.create("https://u:p@jira.example.com"), cloud))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("u:p");
  }

  @Test
  void refusesBlankCredentials() {
    assertThatThrownBy(() -> new JiraAuth.CloudApiToken(" ", Secret.of("t")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JiraAuth.PersonalAccessToken(Secret.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsDeploymentTypes() {
    assertThat(Deployment.fromDeploymentType("Cloud")).isEqualTo(Deployment.CLOUD);
    assertThat(Deployment.fromDeploymentType("Server")).isEqualTo(Deployment.DATA_CENTER);
    assertThat(Deployment.fromDeploymentType("DataCenter")).isEqualTo(Deployment.DATA_CENTER);
    assertThatThrownBy(() -> Deployment.fromDeploymentType("Mainframe"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
