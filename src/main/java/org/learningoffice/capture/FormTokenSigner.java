package org.learningoffice.capture;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.HmacKey;
import org.learningoffice.config.Secret;

/**
 * Signs and verifies form-link tokens: {@code base64url(v1.<key id>.<issue id>.<expiry>)} + {@code
 * .} + {@code base64url(HMAC-SHA256)}. Never a bare issue key: a token cannot be guessed, altered
 * or used after it expires. The key id names which secret signed it, so secrets can be rotated
 * while older links keep working ({@code capture.previousTokenSecrets}).
 */
public final class FormTokenSigner {
  private static final String VERSION = "v1";
  private static final Pattern ISSUE_ID = Pattern.compile("[0-9A-Za-z_-]{1,32}");
  private static final int MAX_TOKEN_LENGTH = 512;

  /** Why a token was refused; the message is for the person holding the link. */
  public enum Refusal {
    MALFORMED("This link is not a valid form link. Open the link from the order's Jira ticket."),
    UNKNOWN_KEY(
        "This link was signed with a key that is no longer in use. Open the link from the order's"
            + " Jira ticket again."),
    FORGED("This link has been altered. Open the link from the order's Jira ticket."),
    EXPIRED(
        "This link has expired. Ask the order's owner or the learning office for a new one, or"
            + " open the latest link on the order's Jira ticket.");

    private final String advice;

    Refusal(String advice) {
      this.advice = advice;
    }

    public String advice() {
      return advice;
    }
  }

  /** The outcome of verifying a token: the token, or why it was refused. */
  public record Verification(Optional<FormToken> token, Optional<Refusal> refusal) {
    static Verification valid(FormToken token) {
      return new Verification(Optional.of(token), Optional.empty());
    }

    static Verification refused(Refusal refusal) {
      return new Verification(Optional.empty(), Optional.of(refusal));
    }
  }

  private final Clock clock;
  private final Duration ttl;
  private final String currentKeyId;
  private final Map<String, HmacKey> keys;

  @Inject
  public FormTokenSigner(CaptureConfig config, Clock clock) {
    this.clock = clock;
    this.ttl = config.tokenTtl();
    List<Secret> secrets = new ArrayList<>();
    secrets.add(config.tokenSecret());
    secrets.addAll(config.previousTokenSecrets());
    this.keys = new LinkedHashMap<>();
    for (Secret secret : secrets) {
      HmacKey key = HmacKey.of(secret);
      keys.putIfAbsent(keyId(key), key);
    }
    this.currentKeyId = keys.keySet().iterator().next();
  }

  /** A token for the order's form, valid for {@code capture.tokenTtl} from now. */
  public String sign(String issueId) {
    return sign(issueId, clock.instant());
  }

  /**
   * A token for the order's form, valid for {@code capture.tokenTtl} from {@code from}: the same
   * token for the same issue and instant, so a job retried after a crash signs the link it signed.
   */
  public String sign(String issueId, Instant from) {
    return sign(issueId, from, ttl);
  }

  /**
   * A token for {@code issueId} valid for {@code lifetime} from now, for links that live longer or
   * shorter than a form's; verified by {@link #verify} like any other.
   */
  public String sign(String issueId, Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a link's lifetime must be positive: " + lifetime);
    }
    return sign(issueId, clock.instant(), lifetime);
  }

  private String sign(String issueId, Instant from, Duration lifetime) {
    if (!ISSUE_ID.matcher(issueId).matches()) {
      throw new IllegalArgumentException("not a Jira issue id: " + issueId);
    }
    Instant expires = from.plus(lifetime);
    String payload =
        String.join(".", VERSION, currentKeyId, issueId, Long.toString(expires.getEpochSecond()));
    return encode(payload.getBytes(StandardCharsets.US_ASCII))
        + "."
        + encode(mac(keys.get(currentKeyId), payload));
  }

  /** Checks a token from a link: well-formed, signed by a known key, unaltered, not expired. */
  public Verification verify(String token) {
    if (token == null || token.length() > MAX_TOKEN_LENGTH) {
      return Verification.refused(Refusal.MALFORMED);
    }
    int dot = token.indexOf('.');
    if (dot < 0 || dot != token.lastIndexOf('.')) {
      return Verification.refused(Refusal.MALFORMED);
    }
    String payload;
    byte[] signature;
    try {
      payload = new String(decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
      signature = decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Verification.refused(Refusal.MALFORMED);
    }
    String[] parts = payload.split("\\.", -1);
    if (parts.length != 4 || !VERSION.equals(parts[0]) || !ISSUE_ID.matcher(parts[2]).matches()) {
      return Verification.refused(Refusal.MALFORMED);
    }
    HmacKey key = keys.get(parts[1]);
    if (key == null) {
      return Verification.refused(Refusal.UNKNOWN_KEY);
    }
    if (!MessageDigest.isEqual(mac(key, payload), signature)) {
      return Verification.refused(Refusal.FORGED);
    }
    Instant expires;
    try {
      expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return Verification.refused(Refusal.MALFORMED);
    }
    if (!clock.instant().isBefore(expires)) {
      return Verification.refused(Refusal.EXPIRED);
    }
    return Verification.valid(new FormToken(parts[2], expires));
  }

  /** A public name for a key that reveals nothing about it: the start of HMAC(key, "key-id"). */
  private static String keyId(HmacKey key) {
    return HexFormat.of().formatHex(mac(key, "learning-office key id"), 0, 4);
  }

  /** The payload is ASCII by construction (and by the checks on a token's parts). */
  private static byte[] mac(HmacKey key, String payload) {
    return key.mac(payload.getBytes(StandardCharsets.US_ASCII));
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] decode(String text) {
    return Base64.getUrlDecoder().decode(text);
  }
}
