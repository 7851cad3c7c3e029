package org.learningoffice.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.learningoffice.config.StoreConfig;

/**
 * The SQL store: a connection pool, JDBI on top of it, and the Flyway migrations. Works on H2
 * (embedded, the default) and PostgreSQL.
 */
public final class Database implements AutoCloseable {
  private static final String UNIQUE_VIOLATION = "23505";

  /** How long the service waits at start for a database that is still coming up. */
  private static final Duration START_UP_WAIT = Duration.ofSeconds(10);

  /** Hikari's smallest positive fail timeout: one connection attempt, its failure thrown. */
  private static final Duration ONE_ATTEMPT = Duration.ofMillis(1);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final boolean postgres;

  private Database(HikariDataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource).registerArgument(new InstantArgumentFactory());
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementMessages::render);
    this.postgres = postgres;
  }

  /** Opens a pool on the configured database and brings its schema up to date. */
  public static Database open(StoreConfig config) {
    Database database = connect(config);
    try {
      database.flyway().migrate();
    } catch (RuntimeException e) {
      database.close();
      throw new StoreException("Cannot bring the database schema up to date: " + rootMessage(e), e);
    }
    return database;
  }

  /**
   * Opens a database that must already exist, for the commands that only read the store ({@code
   * export}, {@code digest --dry-run}): an embedded H2 file that is not there is not created, and a
   * database without the schema (a PostgreSQL database {@code serve} never started on) is refused,
   * each with a {@link StoreException} that names it, instead of reading an empty new store. An
   * existing schema is brought up to date as {@link #open} does. Like {@link #connectExisting} it
   * tries once.
   */
  public static Database openExisting(StoreConfig config) {
    Database database = connect(config, H2Files.ifExists(config.url()), ONE_ATTEMPT);
    try {
      if (database.flyway().info().applied().length == 0) {
        throw new StoreException(
            "The database at "
                + StoreConfig.withoutPassword(config.url())
                + " has no Learning Office tables yet (store.url): run serve first to create"
                + " them, or fix store.url",
            null,
            true);
      }
      database.flyway().migrate();
    } catch (StoreException e) {
      database.close();
      throw e;
    } catch (RuntimeException e) {
      database.close();
      throw new StoreException("Cannot bring the database schema up to date: " + rootMessage(e), e);
    }
    return database;
  }

  /** Opens a pool on the configured database without touching its schema. */
  public static Database connect(StoreConfig config) {
    return connect(config, config.url());
  }

  /**
   * Opens an existing database to read it, creating nothing (for {@code check}): an embedded H2
   * file is opened only if it exists, read-only and without a trace file; a missing one is a {@link
   * StoreException} that says so. It tries once: a command run by hand reports a missing file, a
   * held one or a server that is down at once, not after the service's start-up wait.
   */
  public static Database connectExisting(StoreConfig config) {
    return connect(config, H2Files.readOnly(config.url()), ONE_ATTEMPT);
  }

  private static Database connect(StoreConfig config, String url) {
    return connect(config, url, START_UP_WAIT);
  }

  private static Database connect(StoreConfig config, String url, Duration failAfter) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(H2Files.durable(url));
    if (!config.username().isEmpty()) {
      hikari.setUsername(config.username());
    }
    if (!config.password().isBlank()) {
      hikari.setPassword(config.password().reveal());
    }
    if (config.isPostgres()) {
      // the driver otherwise quotes the server's detail, such as a duplicate key's value
      hikari.addDataSourceProperty("logServerErrorDetail", "false");
    }
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setPoolName("learning-office");
    hikari.setInitializationFailTimeout(failAfter.toMillis());
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      H2Files.problem(config.url(), e)
          .ifPresent(
              problem -> {
                throw problem;
              });
      throw new StoreException(
          "Cannot open the database at "
              + StoreConfig.withoutPassword(config.url())
              + ": "
              + rootMessage(e)
              + " (check store.url, store.username and store.password)",
          e);
    }
    return new Database(dataSource, config.isPostgres());
  }

  /** How many schema migrations have not been applied yet. */
  public int pendingMigrations() {
    return flyway().info().pending().length;
  }

  /**
   * Flyway on connections of its own, outside the pool: a migration takes two at once (one holds
   * the schema history's lock), which a pool of {@code store.maxPoolSize: 1} could never give.
   */
  Flyway flyway() {
    return Flyway.configure()
        .dataSource(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())
        .locations("classpath:db/migration")
        .placeholders(
            Map.of(
                "bigtext", postgres ? "TEXT" : "CLOB",
                "rowtext", postgres ? "TEXT" : "CHARACTER VARYING",
                "blob", postgres ? "BYTEA" : "BLOB"))
        .load();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public boolean isPostgres() {
    return postgres;
  }

  /** True when a statement failed because a unique key already holds the value. */
  public static boolean isUniqueViolation(RuntimeException e) {
    Throwable cause = e instanceof UnableToExecuteStatementException ? e.getCause() : e;
    while (cause != null) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  /** Answers whether the database responds, for health checks. */
  public boolean isReachable() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
