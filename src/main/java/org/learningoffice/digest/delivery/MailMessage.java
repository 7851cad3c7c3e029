package org.learningoffice.digest.delivery;

import java.net.URI;
import java.util.Optional;

/** One e-mail: a multipart/alternative of HTML and plain text, with a one-click unsubscribe. */
public record MailMessage(
    String to, String subject, String html, String text, Optional<URI> unsubscribe) {}
