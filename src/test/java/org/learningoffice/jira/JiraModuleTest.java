package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.Secret;

class JiraModuleTest {
  private final JiraSite site =
      JiraSite.of(
          URI.create("https://your-site.atlassian.net"),
          Deployment.CLOUD,
          new JiraAuth.CloudApiToken("bot@example.com", Secret.of("t")));

  @Test
  void bindsOneClientForTheSiteTheApplicationBinds() {
    Injector injector =
        Guice.createInjector(
            new JiraModule(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(JiraSite.class).toInstance(site);
              }
            });

    JiraClient client = injector.getInstance(JiraClient.class);

    assertThat(client).isInstanceOf(OkHttpJiraClient.class);
    assertThat(injector.getInstance(JiraClient.class)).isSameAs(client);
    assertThat(client.server().deployment()).isEqualTo(Deployment.CLOUD);
  }

  @Test
  void usesTheApplicationsObjectMapperWhenItBindsOne() {
    ObjectMapper appMapper = new ObjectMapper();
    Injector injector =
        Guice.createInjector(
            new JiraModule(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(JiraSite.class).toInstance(site);
                bind(ObjectMapper.class).toInstance(appMapper);
              }
            });

    assertThat(injector.getInstance(ObjectMapper.class)).isSameAs(appMapper);
    assertThat(injector.getInstance(JiraClient.class)).isInstanceOf(OkHttpJiraClient.class);
  }
}
