package org.learningoffice.classify;

import java.util.List;
import org.learningoffice.taxonomy.Recurrence;

/** Whether a lesson recurs, and the earlier lessons that say the same (most similar first). */
public record RecurrenceFinding(Recurrence recurrence, List<SimilarLesson> similar) {

  public RecurrenceFinding {
    similar = List.copyOf(similar);
  }

  /** "others learned this before: …" for the form and digest, or empty when none. */
  public String summary() {
    if (similar.isEmpty()) {
      return "";
    }
    return "others learned this before: "
        + String.join("; ", similar.stream().map(SimilarLesson::title).toList());
  }
}
