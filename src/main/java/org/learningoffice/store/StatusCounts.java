package org.learningoffice.store;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** Counts the rows of a queue table by status. */
public final class StatusCounts {
  private StatusCounts() {}

  public static Map<String, Integer> of(Jdbi jdbi, String table) {
    // table is one of our own constants, never user input
    return jdbi.withHandle(
        h -> {
          Map<String, Integer> counts = new TreeMap<>();
          h.createQuery("SELECT status, COUNT(*) AS n FROM " + table + " GROUP BY status")
              .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
          return counts;
        });
  }
}
