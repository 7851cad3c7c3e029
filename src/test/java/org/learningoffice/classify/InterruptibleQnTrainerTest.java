package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterruptibleQnTrainerTest {
  private static final List<String> LABELS = List.of("supplier", "machine", "method");

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  /** Lessons of three labels, each label's words likelier under it, seeded. */
  private static List<Event> events() {
    Random random = new Random(14);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      int label = random.nextInt(LABELS.size());
      String[] context = new String[8];
      for (int w = 0; w < context.length; w++) {
        int word = random.nextInt(40);
        context[w] = random.nextDouble() < 0.4 ? LABELS.get(label) + word : "w" + word;
      }
      events.add(new Event(LABELS.get(label), context));
    }
    return events;
  }

  private static TrainingParameters params() {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.ITERATIONS_PARAM, 200);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(QNTrainer.L2COST_PARAM, 1.0);
    return params;
  }

  @Test
  void itTrainsOpenNlpsModelWeightForWeight() throws Exception {
    EventTrainer openNlp = TrainerFactory.getEventTrainer(params(), null);
    InterruptibleQnTrainer ours = new InterruptibleQnTrainer();
    ours.init(params(), null);

    MaxentModel expected = openNlp.train(ObjectStreamUtils.createObjectStream(events()));
    MaxentModel actual = ours.train(ObjectStreamUtils.createObjectStream(events()));

    for (Event event : events().subList(0, 50)) {
      double[] want = expected.eval(event.getContext());
      double[] got = actual.eval(event.getContext());
      for (String label : LABELS) {
        assertThat(got[actual.getIndex(label)]).isEqualTo(want[expected.getIndex(label)]);
      }
    }
  }

  @Test
  void anInterruptedThreadGivesUpTheTrainingAndKeepsItsInterrupt() {
    InterruptibleQnTrainer trainer = new InterruptibleQnTrainer();
    trainer.init(params(), null);
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> trainer.train(ObjectStreamUtils.createObjectStream(events())))
        .isInstanceOf(TrainingInterruptedException.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
