package org.learningoffice.digest.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One e-mail: a multipart/alternative of plain text and HTML, the HTML with its inline images in a
 * multipart/related (referred to as {@code cid:}), and a one-click unsubscribe.
 */
public record MailMessage(
    String to,
    String subject,
    String html,
    String text,
    Optional<URI> unsubscribe,
    List<InlineImage> images) {
  public MailMessage {
    images = List.copyOf(images);
  }

  /** An image the HTML shows from {@code cid:<contentId>}. */
  public record InlineImage(String contentId, String mediaType, byte[] bytes) {
    public InlineImage {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
