package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CheckpointsTest {
  private final TestDatabase db;
  private final Checkpoints checkpoints;

  CheckpointsTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    checkpoints =
        new Checkpoints(db.database(), new MutableClock(Instant.parse("2026-11-23T08:00:00Z")));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anUnknownCheckpointIsEmptyAndAPutOneReadsBackLatestFirst() {
    assertThat(checkpoints.get("poller")).isEmpty();

    checkpoints.put("poller", "2026-11-23T07:55:00Z");
    checkpoints.put("poller", "2026-11-23T08:00:00Z");

    assertThat(checkpoints.get("poller")).contains("2026-11-23T08:00:00Z");
  }
}
