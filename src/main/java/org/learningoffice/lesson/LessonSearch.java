package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/** Finds stored lessons by time range, facets of the lesson and its order, and text. */
public final class LessonSearch {
  /** Largest page the search answers. */
  public static final int MAX_LIMIT = 500;

  /** What to look for; every part is optional and parts are combined with AND. */
  public record Filter(
      Optional<Instant> from,
      Optional<Instant> until,
      Optional<Unit> unit,
      Optional<LessonType> type,
      Optional<Strategy> strategy,
      Optional<PriorityClass> priorityClass,
      Optional<Stage> stage,
      Optional<String> text,
      int limit,
      int offset) {
    public Filter {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(priorityClass, "priorityClass");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(text, "text");
      if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
        throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", offset >= 0");
      }
    }

    /** The same filter over {@code [from, until)}. */
    public Filter between(Instant from, Instant until) {
      return new Filter(
          Optional.of(from),
          Optional.of(until),
          unit,
          type,
          strategy,
          priorityClass,
          stage,
          text,
          limit,
          offset);
    }

    /** The same filter at any time. */
    public Filter anyTime() {
      return new Filter(
          Optional.empty(),
          Optional.empty(),
          unit,
          type,
          strategy,
          priorityClass,
          stage,
          text,
          limit,
          offset);
    }

    /** Everything created at or after {@code since}, first page of 100. */
    public static Filter since(Instant since) {
      Filter all = all();
      return new Filter(
          Optional.of(since),
          all.until(),
          all.unit(),
          all.type(),
          all.strategy(),
          all.priorityClass(),
          all.stage(),
          all.text(),
          all.limit(),
          all.offset());
    }

    /** Everything, first page of 100. */
    public static Filter all() {
      return new Filter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          100,
          0);
    }
  }

  private final Database database;

  @Inject
  public LessonSearch(Database database) {
    this.database = database;
  }

  /** Matching lessons with their order, newest first. */
  public List<LessonWithOrder> find(Filter f) {
    FilterSql where = FilterSql.of(f);
    String sql =
        LessonWithOrder.SELECT
            + where.where()
            + " ORDER BY l.created_at DESC, l.id DESC LIMIT :limit OFFSET :offset";
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(sql)
                    .bindMap(where.params())
                    .bind("limit", f.limit())
                    .bind("offset", f.offset())
                    .map(LessonWithOrder.MAPPER)
                    .list());
  }

  /**
   * Every lesson that matches {@code f}, oldest first, handed to {@code each} as it is read (the
   * filter's limit and offset do not apply: an export wants them all); returns how many.
   */
  public int each(Filter f, Consumer<LessonWithOrder> each) {
    FilterSql where = FilterSql.of(f);
    String sql = LessonWithOrder.SELECT + where.where() + " ORDER BY l.created_at, l.id";
    int[] count = {0};
    // in a transaction, so that PostgreSQL's driver reads through a cursor by the fetch size
    // instead of holding every row in memory
    database
        .jdbi()
        .useTransaction(
            h ->
                h.createQuery(sql)
                    .bindMap(where.params())
                    .setFetchSize(500)
                    .map(LessonWithOrder.MAPPER)
                    .forEach(
                        row -> {
                          each.accept(row);
                          count[0]++;
                        }));
    return count[0];
  }
}
