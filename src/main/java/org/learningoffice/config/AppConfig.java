package org.learningoffice.config;

/** The whole configuration of one Learning Office installation, validated. */
public record AppConfig(
    ServerConfig server,
    JiraConfig jira,
    OrdersConfig orders,
    StoreConfig store,
    CaptureConfig capture,
    DigestConfig digest,
    ClassifyConfig classify,
    OfficeConfig office,
    HealthConfig health,
    ForgeConfig forge,
    FeedForwardConfig feedForward,
    ActionsConfig actions) {

  /**
   * The same configuration with the HTTP server on any free port: what {@code serve --warm-up}
   * binds, so that it never meets the port of a service already running.
   */
  public AppConfig onAnyFreePort() {
    ServerConfig anyPort =
        new ServerConfig(
            0, server.publicBaseUrl(), server.maxRequestBytes(), server.trustForwardedHeaders());
    return new AppConfig(
        anyPort,
        jira,
        orders,
        store,
        capture,
        digest,
        classify,
        office,
        health,
        forge,
        feedForward,
        actions);
  }

  /** Reads every section; problems are collected in the reader. */
  static AppConfig read(ConfigReader r) {
    ServerConfig server = ServerConfig.read(r);
    JiraConfig jira = JiraConfig.read(r);
    return new AppConfig(
        server,
        jira,
        OrdersConfig.read(r),
        StoreConfig.read(r, jira),
        CaptureConfig.read(r),
        DigestConfig.read(r),
        ClassifyConfig.read(r),
        OfficeConfig.read(r),
        HealthConfig.read(r),
        ForgeConfig.read(r),
        FeedForwardConfig.read(r),
        ActionsConfig.read(r));
  }
}
