package org.learningoffice.capture;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.HmacKey;

/**
 * CSRF protection of the form without server-side sessions: a signed double-submit cookie. The
 * browser holds a random key in an HttpOnly, SameSite=Lax cookie; each rendered form carries a
 * fresh nonce and {@code csrf = HMAC(secret, browser key | form token | nonce)}. A POST is taken
 * only when the cookie, the form's token and the nonce give the same HMAC, so another site can
 * neither read nor forge it, and a form copied to another browser does not work. The nonce is also
 * the submission's identity: sending the same form twice stores one lesson.
 */
public final class CsrfTokens {
  static final String COOKIE = "lo_form";
  private static final int RANDOM_BYTES = 18;
  private static final Pattern RANDOM = Pattern.compile("[A-Za-z0-9_-]{24}");

  private final HmacKey key;
  private final SecureRandom random;

  @Inject
  public CsrfTokens(CaptureConfig config) {
    this(config, new SecureRandom());
  }

  CsrfTokens(CaptureConfig config, SecureRandom random) {
    // a key of its own, derived from the token secret, so a CSRF value is never a valid link MAC
    this.key = HmacKey.of(config.tokenSecret()).derive("learning-office csrf key");
    this.random = random;
  }

  /** A new random value (browser key or nonce), URL-safe, 24 characters. */
  public String randomValue() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The CSRF value for a form rendered for this browser, link and nonce. */
  public String sign(String browserKey, String formToken, String nonce) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.mac(browserKey + "|" + formToken + "|" + nonce));
  }

  /** Whether a submitted CSRF value belongs to this browser, link and nonce (constant time). */
  public boolean accepts(String browserKey, String formToken, String nonce, String csrf) {
    if (browserKey == null || !RANDOM.matcher(browserKey).matches()) {
      return false;
    }
    if (!RANDOM.matcher(nonce).matches() || csrf.isEmpty()) {
      return false;
    }
    byte[] expected = sign(browserKey, formToken, nonce).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, csrf.getBytes(StandardCharsets.UTF_8));
  }
}
