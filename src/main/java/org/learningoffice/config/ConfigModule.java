package org.learningoffice.config;

import com.google.inject.AbstractModule;

/** Binds the validated configuration and each of its sections. */
public final class ConfigModule extends AbstractModule {
  private final AppConfig config;

  public ConfigModule(AppConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    bind(AppConfig.class).toInstance(config);
    bind(ServerConfig.class).toInstance(config.server());
    bind(JiraConfig.class).toInstance(config.jira());
    bind(OrdersConfig.class).toInstance(config.orders());
    bind(StoreConfig.class).toInstance(config.store());
    bind(CaptureConfig.class).toInstance(config.capture());
    bind(DigestConfig.class).toInstance(config.digest());
    bind(OfficeConfig.class).toInstance(config.office());
    bind(HealthConfig.class).toInstance(config.health());
    bind(ForgeConfig.class).toInstance(config.forge());
    bind(FeedForwardConfig.class).toInstance(config.feedForward());
    bind(ActionsConfig.class).toInstance(config.actions());
  }
}
