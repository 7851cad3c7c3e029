package org.learningoffice.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A PostgreSQL schema of a benchmark's own, made for one run and dropped after it. */
record ScratchSchema(String base, String name) implements AutoCloseable {

  static ScratchSchema create(String base) throws SQLException {
    ScratchSchema schema =
        new ScratchSchema(base, "lo_bench_" + Long.toHexString(System.nanoTime()));
    execute(base, "CREATE SCHEMA " + schema.name());
    return schema;
  }

  /** The JDBC URL whose tables live in this schema. */
  String url() {
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  @Override
  public void close() throws SQLException {
    execute(base, "DROP SCHEMA " + name + " CASCADE");
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute(sql);
    }
  }
}
