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
 * injection) or as a JSON array of objects with the keys of {@link LessonWithOrder#FIELDS},
 * streaming rows from the database.
 */
public final class LessonExport {
  /** The export formats. */
  public enum Format {
    CSV,
    JSON
  }

  private final LessonSearch search;
  private final ObjectMapper json;

  @Inject
  public LessonExport(LessonSearch search, ObjectMapper json) {
    this.search = search;
    this.json = json;
  }

  public LessonExport(Database database, ObjectMapper json) {
    this(new LessonSearch(database), json);
  }

  /** Writes every lesson created at or after {@code since}; returns how many. */
  public int write(Format format, Instant since, Writer out) {
    return write(format, LessonSearch.Filter.since(since), out);
  }

  /**
   * Writes every lesson that matches {@code filter}, whatever its limit and offset; returns how
   * many.
   */
  public int write(Format format, LessonSearch.Filter filter, Writer out) {
    try {
      return format == Format.CSV ? csv(filter, out) : json(filter, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int csv(LessonSearch.Filter filter, Writer out) throws IOException {
    out.write(String.join(",", LessonWithOrder.FIELDS));
    out.write("\r\n");
    int[] count = {0};
    each(
        filter,
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

  private int json(LessonSearch.Filter filter, Writer out) throws IOException {
    int[] count = {0};
    try (JsonGenerator g = json.getFactory().createGenerator(out)) {
      // the caller owns the writer: the closing newline still goes into it
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartArray();
      each(
          filter,
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

  private void each(LessonSearch.Filter filter, RowWriter writer) {
    search.each(
        filter,
        row -> {
          try {
            writer.write(row.fields());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * One CSV cell: quoted when it holds a comma, semicolon (the separator Excel splits on in most
   * European locales), quote or line break; a leading {@code = + - @}, tab or carriage return gets
   * a {@code '} so spreadsheets show text instead of running a formula.
   */
  static String csvCell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",")
        || v.contains(";")
        || v.contains("\"")
        || v.contains("\n")
        || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
