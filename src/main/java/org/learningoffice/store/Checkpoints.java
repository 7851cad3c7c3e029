package org.learningoffice.store;

import jakarta.inject.Inject;
import java.time.Clock;
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

  /** Sets a checkpoint, creating it when new. */
  public void put(String name, String position) {
    jdbi.useTransaction(
        h -> {
          if (update(h, name, position) == 0
              && !Savepoints.insertUnlessDuplicate(
                  h,
                  "checkpoint_put",
                  t ->
                      t.createUpdate(
                              "INSERT INTO checkpoints (name, position, updated_at)"
                                  + " VALUES (:name, :position, :now)")
                          .bind("name", name)
                          .bind("position", position)
                          .bind("now", clock.instant())
                          .execute())) {
            update(h, name, position); // another instance created it meanwhile
          }
        });
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
