package org.learningoffice.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.config.StoreConfig;
import org.learningoffice.testing.TestDatabase;

/**
 * What {@code check} says of a PostgreSQL store the service's account may read but not change: the
 * service would fail at its first write, so check must not pass it.
 */
class StoreCheckTest {
  private static final OrdersConfig ORDERS =
      new OrdersConfig(
          "project = ORD",
          List.of(),
          new OrdersConfig.StrategyMapping.FromLabelPrefix("strategy-", "MTO"),
          "",
          List.of("Highest"),
          "",
          Duration.ofMinutes(5));

  private TestDatabase database;
  private String role;
  private String schema;

  @BeforeEach
  void openWithARoleOfItsOwn() {
    database = TestDatabase.open(TestDatabase.Kind.POSTGRES);
    schema = database.url().replaceFirst(".*currentSchema=", "");
    role = "lo_check_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    asAdmin("CREATE ROLE " + role + " LOGIN");
    asAdmin("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
  }

  @AfterEach
  void dropTheRole() {
    if (database == null) {
      return; // skipped: no PostgreSQL
    }
    try {
      asAdmin("DROP OWNED BY " + role);
      asAdmin("DROP ROLE " + role);
    } finally {
      database.close();
    }
  }

  private void asAdmin(String sql) {
    try (Connection c = DriverManager.getConnection(database.url())) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private List<CheckResult> checkAsTheRole() {
    String url = database.url().replaceFirst("user=[^&]*", "user=" + role);
    return new StoreCheck(new StoreConfig(url, "", Secret.of(""), 2), ORDERS).run();
  }

  @Test
  void anAccountThatMayOnlyReadTheTablesFailsSayingWhatToGrant() {
    asAdmin("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);

    assertThat(failedAccessLine())
        .startsWith(role + " may not read and change ")
        .contains("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema)
        .endsWith(" TO " + role);
  }

  @Test
  void anAccountThatMayChangeEveryTableHasNoAccessLine() {
    asAdmin(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);

    List<CheckResult> results = checkAsTheRole();

    assertThat(results).noneMatch(r -> r.status() == CheckResult.Status.FAIL);
    assertThat(results).noneMatch(r -> r.name().equals("database access"));
  }

  @Test
  void aDatabaseThatTakesNoWritesFails() {
    asAdmin(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
    asAdmin("ALTER ROLE " + role + " SET default_transaction_read_only = on");

    assertThat(failedAccessLine()).contains("transaction_read_only is on");
  }

  /** What the one "database access" line says, which must be a failure. */
  private String failedAccessLine() {
    List<CheckResult> access =
        checkAsTheRole().stream().filter(r -> r.name().equals("database access")).toList();
    assertThat(access).hasSize(1);
    assertThat(access.get(0).status()).isEqualTo(CheckResult.Status.FAIL);
    return access.get(0).detail();
  }
}
