package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/**
 * The {@code lessons} and {@code lesson_similar} tables: every statement on them is here. Inserts
 * take the caller's transaction, so a lesson and the jobs it causes commit together.
 */
public final class LessonRepository {
  private static final String SELECT = "SELECT " + LessonRowMapper.COLUMNS + " FROM lessons";
  private static final String PERSON_SET =
      "(unit_set_by = 'PERSON' OR type_set_by = 'PERSON' OR direction_set_by = 'PERSON')";

  private final Jdbi jdbi;
  private final Clock clock;
  private final Supplier<UUID> ids;
  private final LessonRowMapper mapper = new LessonRowMapper();

  @Inject
  public LessonRepository(Database database, Clock clock) {
    this(database, clock, UUID::randomUUID);
  }

  LessonRepository(Database database, Clock clock, Supplier<UUID> ids) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Inserts a lesson and its similar earlier lessons in the caller's transaction. A submission key
   * already stored makes the insert fail with a unique violation ({@link
   * Database#isUniqueViolation}); the caller then reads the stored lesson with {@link
   * #findBySubmissionKey}.
   */
  public Lesson insert(Handle transaction, NewLesson lesson) {
    Instant now = clock.instant();
    String publicId = ids.get().toString();
    long id =
        transaction
            .createUpdate(
                "INSERT INTO lessons (public_id, order_id, submission_key, title, body, stage, unit,"
                    + " unit_set_by, unit_confidence, lesson_type, type_set_by, type_confidence,"
                    + " direction, direction_set_by, direction_confidence, timing, recurrence,"
                    + " proposed_action, author, model_version, created_at) VALUES (:publicId,"
                    + " :orderId, :submissionKey, :title, :body, :stage, :unit, :unitSetBy,"
                    + " :unitConfidence, :type, :typeSetBy, :typeConfidence, :direction,"
                    + " :directionSetBy, :directionConfidence, :timing, :recurrence, :action,"
                    + " :author, :modelVersion, :now)")
            .bind("publicId", publicId)
            .bind("orderId", lesson.orderId())
            .bind("submissionKey", lesson.submissionKey())
            .bind("title", lesson.title())
            .bind("body", lesson.text())
            .bind("stage", lesson.stage().map(Enum::name).orElse(null))
            .bind("unit", lesson.unit().value().name())
            .bind("unitSetBy", lesson.unit().setBy().name())
            .bind("unitConfidence", confidence(lesson.unit()))
            .bind("type", lesson.type().value().name())
            .bind("typeSetBy", lesson.type().setBy().name())
            .bind("typeConfidence", confidence(lesson.type()))
            .bind("direction", lesson.direction().value().name())
            .bind("directionSetBy", lesson.direction().setBy().name())
            .bind("directionConfidence", confidence(lesson.direction()))
            .bind("timing", lesson.timing().name())
            .bind("recurrence", lesson.recurrence().name())
            .bind("action", lesson.proposedAction().orElse(null))
            .bind("author", lesson.author())
            .bind(
                "modelVersion",
                lesson.modelVersion().isPresent() ? lesson.modelVersion().getAsInt() : null)
            .bind("now", now)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    for (NewLesson.Similar similar : lesson.similar()) {
      transaction
          .createUpdate(
              "INSERT INTO lesson_similar (lesson_id, earlier_id, score)"
                  + " SELECT :id, id, :score FROM lessons WHERE public_id = :earlier AND id <> :id")
          .bind("id", id)
          .bind("score", similar.score())
          .bind("earlier", similar.publicId())
          .execute();
    }
    return transaction.createQuery(SELECT + " WHERE id = :id").bind("id", id).map(mapper).one();
  }

  /** The lesson stored by a form submission, if that submission was stored. */
  public Optional<Lesson> findBySubmissionKey(String submissionKey) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE submission_key = :key")
                .bind("key", submissionKey)
                .map(mapper)
                .findOne());
  }

  /** The lessons of an order, oldest first. */
  public List<Lesson> ofOrder(long orderId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE order_id = :orderId ORDER BY created_at, id")
                .bind("orderId", orderId)
                .map(mapper)
                .list());
  }

  /** The earlier lessons recorded as saying much the same as a lesson, most similar first. */
  public List<SimilarEarlier> similarTo(long lessonId) {
    return jdbi.withHandle(h -> SimilarEarlier.of(h, List.of(lessonId)));
  }

  /** Lessons captured at or after {@code from} and before {@code to}, oldest first. */
  public List<Lesson> capturedBetween(Instant from, Instant to) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " WHERE created_at >= :from AND created_at < :to ORDER BY created_at, id")
                .bind("from", from)
                .bind("to", to)
                .map(mapper)
                .list());
  }

  /**
   * Lessons where a person set at least one predicted facet (the others they saw and left), with
   * their order's strategy and priority class: the classifier's training data. Oldest first.
   */
  public List<LessonInOrder> confirmedByPerson() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + LessonRowMapper.COLUMNS
                        + ", (SELECT strategy FROM orders o WHERE o.id = lessons.order_id)"
                        + " AS order_strategy, (SELECT priority_class FROM orders o"
                        + " WHERE o.id = lessons.order_id) AS order_priority_class FROM lessons"
                        + " WHERE "
                        + PERSON_SET
                        + " ORDER BY created_at, id")
                .map(
                    (rs, ctx) ->
                        new LessonInOrder(
                            mapper.map(rs, ctx),
                            Strategy.valueOf(rs.getString("order_strategy")),
                            PriorityClass.valueOf(rs.getString("order_priority_class"))))
                .list());
  }

  /** How many lessons {@link #confirmedByPerson()} would return, without loading them. */
  public int countConfirmedByPerson() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM lessons WHERE " + PERSON_SET)
                .mapTo(Integer.class)
                .one());
  }

  private static Double confidence(FacetChoice<?> choice) {
    return choice.confidence().isPresent() ? choice.confidence().getAsDouble() : null;
  }
}
