package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

  /** Where a page of {@link #page} ended: its last lesson's creation time and row id. */
  public record Cursor(Instant createdAt, long lessonId) {
    public Cursor {
      Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The cursor as clients see it: URL-safe and opaque. */
    public String encode() {
      String plain = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + lessonId;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor {@link #encode} wrote; anything else is an {@link IllegalArgumentException}. */
    public static Cursor parse(String text) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII)
                .split(":", -1);
        if (parts.length == 3) {
          return new Cursor(
              Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1])),
              Long.parseLong(parts[2]));
        }
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        // answered below (NumberFormatException is an IllegalArgumentException)
      }
      throw new IllegalArgumentException("not a cursor this API gave out");
    }
  }

  /** A page of lessons, newest first, and where the next page starts if there is one. */
  public record Page(List<LessonWithOrder> lessons, Optional<Cursor> next) {
    public Page {
      lessons = List.copyOf(lessons);
      Objects.requireNonNull(next, "next");
    }
  }

  /** Matching lessons with their order, newest first. */
  public List<LessonWithOrder> find(Filter f) {
    return newestFirst(FilterSql.of(f), f.limit(), f.offset());
  }

  /**
   * A page of matching lessons, newest first: after {@code after} (the previous page's {@link
   * Page#next}) when given, else from the filter's offset. Unlike an offset, a cursor neither
   * repeats nor skips a lesson when lessons are written between two pages.
   */
  public Page page(Filter f, Optional<Cursor> after) {
    FilterSql where = FilterSql.of(f);
    if (after.isPresent()) {
      where =
          where.with(
              "(l.created_at < :afterAt OR (l.created_at = :afterAt AND l.id < :afterId))",
              Map.of("afterAt", after.get().createdAt(), "afterId", after.get().lessonId()));
    }
    // one row more than asked tells whether there is a next page
    List<LessonWithOrder> rows =
        newestFirst(where, f.limit() + 1, after.isPresent() ? 0 : f.offset());
    if (rows.size() <= f.limit()) {
      return new Page(rows, Optional.empty());
    }
    List<LessonWithOrder> page = rows.subList(0, f.limit());
    Lesson last = page.get(page.size() - 1).lesson();
    return new Page(page, Optional.of(new Cursor(last.createdAt(), last.id())));
  }

  private List<LessonWithOrder> newestFirst(FilterSql where, int limit, int offset) {
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
                    .bind("limit", limit)
                    .bind("offset", offset)
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
