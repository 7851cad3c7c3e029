package org.learningoffice.feedforward;

import java.util.Optional;

/** What a reader of the related-lessons page said of one lesson. */
public enum Vote {
  HELPED("helped"),
  NOT_RELEVANT("not-relevant");

  private final String formValue;

  Vote(String formValue) {
    this.formValue = formValue;
  }

  /** The value the page's button sends. */
  public String formValue() {
    return formValue;
  }

  /** The vote a button sent, if it is one. */
  public static Optional<Vote> ofFormValue(String value) {
    for (Vote vote : values()) {
      if (vote.formValue.equals(value)) {
        return Optional.of(vote);
      }
    }
    return Optional.empty();
  }
}
