package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.HmacKey;
import org.learningoffice.config.Secret;
import org.learningoffice.config.ServerConfig;

/**
 * Signed one-click unsubscribe links: {@code /digest/unsubscribe/<address>.<HMAC-SHA256>}, keyed by
 * the capture-token secret under a purpose label so a form token can never pass as one.
 */
public final class UnsubscribeLinks {
  private static final String PURPOSE = "learning-office digest unsubscribe v1\n";
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final String publicBaseUrl;
  private final HmacKey key;

  @Inject
  UnsubscribeLinks(ServerConfig server, CaptureConfig capture) {
    this(server.publicBaseUrl(), capture.tokenSecret());
  }

  public UnsubscribeLinks(URI publicBaseUrl, Secret secret) {
    String base = publicBaseUrl.toString();
    this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.key = HmacKey.of(secret);
  }

  /** The link for one address. */
  public URI linkFor(String address) {
    return URI.create(publicBaseUrl + "/digest/unsubscribe/" + token(address));
  }

  public String token(String address) {
    String normalized = address.strip().toLowerCase(Locale.ROOT);
    return ENCODE.encodeToString(normalized.getBytes(StandardCharsets.UTF_8))
        + "."
        + ENCODE.encodeToString(mac(normalized));
  }

  /** The address a token was made for, if its signature holds. */
  public Optional<String> verify(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    try {
      String address = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = DECODE.decode(token.substring(dot + 1));
      return MessageDigest.isEqual(signature, mac(address))
          ? Optional.of(address)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String address) {
    return key.mac(PURPOSE + address);
  }
}
