package org.learningoffice.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningoffice.classify.ClassifierTraining;

/** Writes the bundled sample lessons into the orders' capture forms over HTTP, as people would. */
final class SampleLessonWriter {
  private final RunningService service;
  private final StepWaiter waiter;

  SampleLessonWriter(RunningService service, StepWaiter waiter) {
    this.service = service;
    this.waiter = waiter;
  }

  /** Submits each sample lesson through its order's form; each with the form it went through. */
  List<Demo.SubmittedLesson> submit(Map<String, URI> forms, ObjectMapper json) {
    // the form answers from the rules until the model is trained; wait, so every run agrees
    waiter.await(
        "the classifier to finish training", service.get(ClassifierTraining.class)::isReady);
    FormClient client = new FormClient();
    List<Demo.SubmittedLesson> submitted = new ArrayList<>();
    for (SampleLesson lesson : SampleLesson.bundled(json)) {
      URI form = forms.get(lesson.order());
      if (form == null) {
        throw new IllegalStateException(
            "sample lesson for " + lesson.order() + ", which has no form");
      }
      FormClient.Answer answer = client.submit(form, fields(lesson));
      if (answer.status() != 200 || !answer.body().contains("id=\"confirmation\"")) {
        throw new IllegalStateException(
            "the form of " + lesson.order() + " refused a sample lesson: HTTP " + answer.status());
      }
      submitted.add(new Demo.SubmittedLesson(lesson, form));
    }
    return submitted;
  }

  private static Map<String, String> fields(SampleLesson lesson) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", lesson.title());
    fields.put("text", lesson.text());
    fields.put("stage", lesson.stage());
    fields.put("action", lesson.action());
    fields.put("author", lesson.author());
    return fields;
  }
}
