package org.learningoffice.digest;

import java.util.List;

/** A week's digest for everyone, with the week's lessons from which unit views are made. */
public record WeekDigest(Digest digest, List<DigestLesson> lessons) {
  public WeekDigest {
    lessons = List.copyOf(lessons);
  }
}
