package org.learningoffice.capture;

/**
 * A form request that is refused (HTTP 403): a bad, altered or expired link, or a form whose CSRF
 * value does not match. The message tells the person what to do and never echoes the link.
 */
public final class FormLinkRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FormLinkRefused(String advice) {
    super(advice);
  }
}
