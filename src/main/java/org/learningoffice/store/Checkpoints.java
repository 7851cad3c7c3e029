package org.learningoffice.store;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Named positions that long-running readers (the poller, backfill) resume from. */
public final class Checkpoints {
  private final Jdbi jdbi;
  private final Clock clock;

  @Inject
  public Checkpoints(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  public Optional<String> get(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT position FROM checkpoints WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
  }

  /** Sets a checkpoint, creating it when new; see {@link #advance} for one that only moves on. */
  public void put(String name, String position) {
    jdbi.useTransaction(
        h -> {
          if (update(h, name, position) == 0 && !inserted(h, "checkpoint_put", name, position)) {
            update(h, name, position); // another instance created it meanwhile
          }
        });
  }

  /**
   * Moves a checkpoint forward to {@code position}, creating it when new; a position {@code order}
   * puts at or before the stored one leaves it as it is, so that a slower instance writing a
   * position it reached earlier never moves it back. The stored row is locked while compared, so
   * two instances cannot both compare against the old position.
   *
   * @return whether the checkpoint now holds {@code position}
   */
  public boolean advance(String name, String position, Comparator<String> order) {
    return jdbi.inTransaction(
        h -> {
          Optional<String> current = locked(h, name);
          if (current.isEmpty()) {
            if (inserted(h, "checkpoint_advance", name, position)) {
              return true;
            }
            current = locked(h, name); // another instance created it meanwhile
          }
          if (current.isPresent() && order.compare(position, current.get()) <= 0) {
            return false;
          }
          update(h, name, position);
          return true;
        });
  }

  /** Creates the checkpoint; false when another instance created it meanwhile. */
  private boolean inserted(Handle h, String savepoint, String name, String position) {
    return Savepoints.insertUnlessDuplicate(
        h,
        savepoint,
        t ->
            t.createUpdate(
                    "INSERT INTO checkpoints (name, position, updated_at)"
                        + " VALUES (:name, :position, :now)")
                .bind("name", name)
                .bind("position", position)
                .bind("now", clock.instant())
                .execute());
  }

  private static Optional<String> locked(Handle h, String name) {
    return h.createQuery("SELECT position FROM checkpoints WHERE name = :name FOR UPDATE")
        .bind("name", name)
        .mapTo(String.class)
        .findOne();
  }

  private int update(Handle h, String name, String position) {
    return h.createUpdate(
            "UPDATE checkpoints SET position = :position, updated_at = :now WHERE name = :name")
        .bind("name", name)
        .bind("position", position)
        .bind("now", clock.instant())
        .execute();
  }
}
