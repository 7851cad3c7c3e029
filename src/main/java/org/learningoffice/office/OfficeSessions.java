package org.learningoffice.office;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningoffice.config.HmacKey;
import org.learningoffice.config.OfficeConfig;
import org.learningoffice.config.Secret;

/**
 * Signed, expiring dashboard sessions: {@code <expiry epoch seconds>.<random id>.<HMAC>} under a
 * key derived from {@code office.accessToken}, so the cookie never holds the token, and changing
 * the token ends every session. No token, no session. The only server-side state is the list of
 * sessions ended by "Log out" ({@link EndedSessions}), so a copied cookie stops working then, on
 * every instance.
 */
public final class OfficeSessions {
  static final String COOKIE = "lo_office";
  static final Duration LIFETIME = Duration.ofHours(12);
  private static final Pattern VALUE =
      Pattern.compile("([0-9]{1,12})\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

  private final Optional<HmacKey> key;
  private final Clock clock;
  private final SecureRandom random;
  private final EndedSessions ended;

  @Inject
  OfficeSessions(OfficeConfig config, Clock clock, EndedSessions ended) {
    this(config, clock, new SecureRandom(), ended);
  }

  OfficeSessions(OfficeConfig config, Clock clock, SecureRandom random, EndedSessions ended) {
    this.key = config.accessToken().map(OfficeSessions::sessionKey);
    this.clock = clock;
    this.random = random;
    this.ended = ended;
  }

  /** A session this key signed that has not expired: its random id and when it expires. */
  private record Signed(String id, Instant expiresAt) {}

  /** A new session value, valid for {@link #LIFETIME}; empty when no token is configured. */
  Optional<String> open() {
    return key.map(
        k -> {
          byte[] nonce = new byte[16];
          random.nextBytes(nonce);
          String payload =
              clock.instant().plus(LIFETIME).getEpochSecond()
                  + "."
                  + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
          return payload + "." + mac(k, payload);
        });
  }

  /**
   * Whether a cookie value is a session this key signed, that has not expired and that was not
   * ended by "Log out".
   */
  boolean valid(String value) {
    return signed(value).filter(s -> !ended.ended(s.id())).isPresent();
  }

  /**
   * Ends the session a cookie value holds, on every instance on this store; nothing for a value
   * that is not a live session of this key.
   */
  void end(String value) {
    signed(value).ifPresent(s -> ended.end(s.id(), s.expiresAt()));
  }

  private Optional<Signed> signed(String value) {
    if (key.isEmpty() || value == null) {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    String expected = mac(key.get(), m.group(1) + "." + m.group(2));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        m.group(3).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
    return clock.instant().isBefore(expiresAt)
        ? Optional.of(new Signed(m.group(2), expiresAt))
        : Optional.empty();
  }

  private static HmacKey sessionKey(Secret token) {
    // a key of its own, so a session MAC is not a MAC of anything else the token could sign
    return HmacKey.of(token).derive("learning-office office session key");
  }

  private static String mac(HmacKey key, String payload) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.mac(payload));
  }
}
