package org.learningoffice.capture;

import org.learningoffice.config.ServerConfig;

/**
 * Sizes the lesson form accepts, in characters as a person sees them (code points, after NFC); the
 * {@code lessons} columns hold twice as many UTF-16 units, so any accepted lesson fits.
 */
final class FormLimits {
  static final int TITLE_CHARS = 120;
  static final int TEXT_CHARS = 5_000;
  static final int ACTION_CHARS = 2_000;
  static final int AUTHOR_CHARS = 120;

  /**
   * A whole form body (also the action button's, which carries the lesson being written): every
   * field at its limit in 4-byte characters, percent-encoded, fits with room to spare; anything
   * larger is refused before it is parsed. It is the smallest {@code server.maxRequestBytes} the
   * config allows, so the server's own limit never refuses a legal form first.
   */
  static final int FORM_BODY_BYTES = ServerConfig.MIN_MAX_REQUEST_BYTES;

  /** A suggestion request carries title, text and stage only. */
  static final int SUGGEST_BODY_BYTES = 96 * 1024;

  private FormLimits() {}
}
