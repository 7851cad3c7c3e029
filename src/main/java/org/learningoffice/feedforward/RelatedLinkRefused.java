package org.learningoffice.feedforward;

/** A related-lessons link or vote that is refused; the message is for the person holding it. */
final class RelatedLinkRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RelatedLinkRefused(String message) {
    super(message);
  }
}
