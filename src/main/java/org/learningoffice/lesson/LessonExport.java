package org.learningoffice.lesson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningoffice.store.Database;

/**
 * Writes stored lessons, oldest first, as CSV (RFC 4180, with a guard against spreadsheet formula
 * injection) or as a JSON array, streaming rows from the database.
 */
public final class LessonExport {
  /** The export formats. */
  public enum Format {
    CSV,
    JSON
  }

  private final Database database;
  private final ObjectMapper json;

  @Inject
  public LessonExport(Database database, ObjectMapper json) {
    this.database = database;
    this.json = json;
  }

  /** Writes every lesson created at or after {@code since}; returns how many. */
  public int write(Format format, Instant since, Writer out) {
    try {
      return format == Format.CSV ? csv(since, out) : json(since, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int csv(Instant since, Writer out) throws IOException {
    out.write(String.join(",", LessonWithOrder.FIELDS));
    out.write("\r\n");
    int[] count = {0};
    each(
        since,
        row -> {
          List<String> cells = new ArrayList<>();
          for (String field : LessonWithOrder.FIELDS) {
            cells.add(csvCell(row.get(field)));
          }
          out.write(String.join(",", cells) + "\r\n");
          count[0]++;
        });
    out.flush();
    return count[0];
  }

  private int json(Instant since, Writer out) throws IOException {
    int[] count = {0};
    try (JsonGenerator g = json.getFactory().createGenerator(out)) {
      g.writeStartArray();
      each(
          since,
          row -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : row.entrySet()) {
              g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            count[0]++;
          });
      g.writeEndArray();
    }
    out.write('\n');
    out.flush();
    return count[0];
  }

  private interface RowWriter {
    void write(Map<String, String> row) throws IOException;
  }

  private void each(Instant since, RowWriter writer) {
    database
        .jdbi()
        .useHandle(
            h ->
                h.createQuery(
                        LessonWithOrder.SELECT
                            + " WHERE l.created_at >= :since ORDER BY l.created_at, l.id")
                    .bind("since", since)
                    .setFetchSize(500)
                    .map(LessonWithOrder.MAPPER)
                    .forEach(
                        row -> {
                          try {
                            writer.write(row.fields());
                          } catch (IOException e) {
                            throw new UncheckedIOException(e);
                          }
                        }));
  }

  /**
   * One CSV cell: quoted when it holds a comma, quote or line break; a leading {@code = + - @}, tab
   * or carriage return gets a {@code '} so spreadsheets show text instead of running a formula.
   */
  static String csvCell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
