package org.learningoffice.config;

/** The SQL database: embedded H2 by default, PostgreSQL by JDBC URL. */
public record StoreConfig(String url, String username, Secret password, int maxPoolSize) {
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/learning-office";

  /** True for PostgreSQL, false for H2. */
  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  static StoreConfig read(ConfigReader r) {
    String url = r.string("store.url", DEFAULT_URL);
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      r.problem(
          "store.url",
          "'"
              + url
              + "' is neither an H2 nor a PostgreSQL JDBC URL, e.g. "
              + DEFAULT_URL
              + " or jdbc:postgresql://db.example.com/learning_office");
    }
    return new StoreConfig(
        url,
        r.string("store.username", ""),
        r.secret("store.password").orElse(Secret.of("")),
        r.integer("store.maxPoolSize", 10, 1, 200));
  }
}
