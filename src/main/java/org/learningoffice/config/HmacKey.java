package org.learningoffice.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key: what signs webhooks, form links, CSRF tokens, unsubscribe links and office
 * sessions. Its bytes never leave it; compare the MACs it makes with {@link
 * java.security.MessageDigest#isEqual}, never with {@code equals}.
 */
public final class HmacKey {
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  private HmacKey(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /** The key made of a configured secret's bytes. */
  public static HmacKey of(Secret secret) {
    return new HmacKey(secret.bytes());
  }

  /**
   * A key of its own for one purpose, derived from this one (the MAC of {@code purpose}), so a MAC
   * made for that purpose is never a valid MAC of anything else this key signs.
   */
  public HmacKey derive(String purpose) {
    return new HmacKey(mac(purpose));
  }

  /** The MAC of {@code data}. */
  public byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** The MAC of {@code text}'s UTF-8 bytes. */
  public byte[] mac(String text) {
    return mac(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "HmacKey[redacted]";
  }
}
