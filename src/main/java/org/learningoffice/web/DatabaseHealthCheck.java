package org.learningoffice.web;

import jakarta.inject.Inject;
import java.util.Map;
import org.learningoffice.store.Database;

/** Whether the database answers a query. */
public final class DatabaseHealthCheck implements HealthCheck {
  private final Database database;

  @Inject
  public DatabaseHealthCheck(Database database) {
    this.database = database;
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Result check() {
    boolean reachable = database.isReachable();
    return new Result(reachable ? Status.UP : Status.DOWN, Map.of("reachable", reachable));
  }
}
