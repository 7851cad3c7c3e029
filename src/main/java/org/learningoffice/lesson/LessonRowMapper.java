package org.learningoffice.lesson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;

/**
 * Maps a row of {@code lessons} (selected with {@link #COLUMNS}) to a {@link Lesson}: the one place
 * that knows the table's column names.
 */
public final class LessonRowMapper implements RowMapper<Lesson> {
  /** Every column the mapper reads, for {@code SELECT} lists; prefix with an alias if joined. */
  public static final String COLUMNS =
      "id, public_id, order_id, title, body, stage, unit, unit_set_by, unit_confidence,"
          + " lesson_type, type_set_by, type_confidence, direction, direction_set_by,"
          + " direction_confidence, timing, recurrence, proposed_action, author, model_version,"
          + " created_at";

  @Override
  public Lesson map(ResultSet rs, StatementContext ctx) throws SQLException {
    String stage = rs.getString("stage");
    int modelVersion = rs.getInt("model_version");
    boolean hasModelVersion = !rs.wasNull();
    return new Lesson(
        rs.getLong("id"),
        rs.getString("public_id"),
        rs.getLong("order_id"),
        rs.getString("title"),
        rs.getString("body"),
        stage == null ? Optional.empty() : Optional.of(Stage.valueOf(stage)),
        facet(rs, Unit.class, "unit", "unit"),
        facet(rs, LessonType.class, "lesson_type", "type"),
        facet(rs, Direction.class, "direction", "direction"),
        Timing.valueOf(rs.getString("timing")),
        Recurrence.valueOf(rs.getString("recurrence")),
        Optional.ofNullable(rs.getString("proposed_action")),
        rs.getString("author"),
        hasModelVersion ? OptionalInt.of(modelVersion) : OptionalInt.empty(),
        instant(rs, "created_at"));
  }

  private static <T extends Enum<T>> FacetChoice<T> facet(
      ResultSet rs, Class<T> type, String valueColumn, String prefix) throws SQLException {
    double confidence = rs.getDouble(prefix + "_confidence");
    OptionalDouble maybe = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(confidence);
    return new FacetChoice<>(
        Enum.valueOf(type, rs.getString(valueColumn)),
        SetBy.valueOf(rs.getString(prefix + "_set_by")),
        maybe);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
