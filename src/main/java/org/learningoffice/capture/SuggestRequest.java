package org.learningoffice.capture;

/** The body of {@code POST /capture/{token}/suggest}: what has been written so far. */
public record SuggestRequest(String title, String text, String stage) {
  public SuggestRequest {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    stage = stage == null ? "" : stage;
  }

  /** Whether title and text are both blank: there is nothing to suggest from yet. */
  public boolean nothingWritten() {
    return title.isBlank() && text.isBlank();
  }
}
