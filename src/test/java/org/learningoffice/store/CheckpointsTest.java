package org.learningoffice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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

  @Test
  void aForwardOnlyCheckpointIsNotMovedBackByAnOlderPosition() {
    Comparator<String> order = Comparator.naturalOrder();

    assertThat(checkpoints.advance("digest-weeks", "2026-W49", order)).isTrue();
    // a slower instance finishing the week before writes it afterwards
    assertThat(checkpoints.advance("digest-weeks", "2026-W48", order)).isFalse();
    assertThat(checkpoints.advance("digest-weeks", "2026-W49", order)).isFalse();
    assertThat(checkpoints.get("digest-weeks")).contains("2026-W49");

    assertThat(checkpoints.advance("digest-weeks", "2026-W50", order)).isTrue();
    assertThat(checkpoints.get("digest-weeks")).contains("2026-W50");
  }

  @Test
  void instancesAdvancingACheckpointAtOnceLeaveItAtTheNewestPosition() throws Exception {
    Comparator<String> order = Comparator.naturalOrder();
    List<String> positions =
        IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("2026-W%02d", i)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int instance = 0; instance < 4; instance++) {
        List<String> mine = new ArrayList<>(positions);
        Collections.shuffle(mine, new Random(instance));
        runs.add(pool.submit(() -> mine.forEach(p -> checkpoints.advance("w", p, order))));
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(checkpoints.get("w")).contains("2026-W30");
  }
}
