package org.learningoffice.order;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.learningoffice.config.HmacKey;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Jira's {@code X-Hub-Signature: sha256=<hex>}: the HMAC-SHA256 of the raw body keyed with
 * {@code jira.webhookSecret}, compared in constant time. The {@code sha256=} prefix and the hex
 * digest are read in any letter case (proxies and other senders upper-case them). Jira's signature
 * carries no timestamp, so a replayed delivery verifies; the inbox's dedupe key makes it a harmless
 * duplicate.
 */
public final class WebhookSignature {
  private static final Logger log = LoggerFactory.getLogger(WebhookSignature.class);
  private static final String PREFIX = "sha256=";

  private final Optional<HmacKey> key;
  private final boolean allowUnsigned;

  @Inject
  public WebhookSignature(JiraConfig config) {
    this.key = config.webhookSecretIfSet().filter(secret -> !secret.isBlank()).map(HmacKey::of);
    this.allowUnsigned = config.allowUnsignedWebhooks();
    if (allowUnsigned) {
      log.warn(
          "jira.allowUnsignedWebhooks is true: webhooks without a valid signature are accepted."
              + " Anyone who can reach /hooks/jira can feed events; use this only for testing.");
    }
  }

  /**
   * Whether a body with this header may be accepted: a valid signature always; no signature only
   * with {@code jira.allowUnsignedWebhooks}; a wrong signature never, when a secret is configured.
   */
  public boolean accepts(byte[] body, Optional<String> header) {
    if (header.isEmpty() || key.isEmpty()) {
      return allowUnsigned;
    }
    String value = header.get().trim();
    if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(key.get().mac(body), given);
  }

  /** The header value Jira sends for a body; for tests and tools that sign like Jira. */
  public static String sign(Secret secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(HmacKey.of(secret).mac(body));
  }

  /** The header for a UTF-8 text body. */
  public static String sign(Secret secret, String body) {
    return sign(secret, body.getBytes(StandardCharsets.UTF_8));
  }
}
