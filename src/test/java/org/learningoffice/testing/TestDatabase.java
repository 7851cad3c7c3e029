package org.learningoffice.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.learningoffice.config.Secret;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.store.Database;

/**
 * A fresh, migrated database for one test: an in-memory H2 database, or a new schema in the
 * PostgreSQL named by {@code LO_TEST_POSTGRES_URL} (dropped afterwards). Without that variable the
 * PostgreSQL variant reports itself skipped, never passed.
 */
public final class TestDatabase implements AutoCloseable {
  /** The database engines the store runs on. */
  public enum Kind {
    H2,
    POSTGRES
  }

  public static final String POSTGRES_URL_VARIABLE = "LO_TEST_POSTGRES_URL";

  private static final int DEFAULT_POOL_SIZE = 8;

  private final Database database;
  private final String url;
  private final String postgresUrl;
  private final String schema;

  private TestDatabase(Database database, String url, String postgresUrl, String schema) {
    this.database = database;
    this.url = url;
    this.postgresUrl = postgresUrl;
    this.schema = schema;
  }

  public static TestDatabase open(Kind kind) {
    return open(kind, DEFAULT_POOL_SIZE);
  }

  /** A fresh database whose pool holds at most {@code poolSize} connections. */
  public static TestDatabase open(Kind kind, int poolSize) {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind == Kind.H2) {
      String url = "jdbc:h2:mem:lo_" + id + ";DB_CLOSE_DELAY=-1";
      return new TestDatabase(Database.open(config(url, poolSize)), url, null, null);
    }
    String base = System.getenv(POSTGRES_URL_VARIABLE);
    Assumptions.assumeTrue(
        base != null && !base.isBlank(),
        POSTGRES_URL_VARIABLE
            + " is unset, so the PostgreSQL variant is skipped (.ci/run sets it, e.g."
            + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
    String schema = "lo_test_" + id.toLowerCase(Locale.ROOT);
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(Database.open(config(url, poolSize)), url, base, schema);
  }

  public static StoreConfig config(String url) {
    return config(url, DEFAULT_POOL_SIZE);
  }

  private static StoreConfig config(String url, int poolSize) {
    return new StoreConfig(url, "", Secret.of(""), poolSize);
  }

  /** The JDBC URL of this test's database, for opening it a second time. */
  public String url() {
    return url;
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
    if (schema != null) {
      execute(postgresUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
    }
  }
}
