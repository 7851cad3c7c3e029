package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.HmacKey;
import org.learningoffice.config.Secret;
import org.learningoffice.config.ServerConfig;

/**
 * Signed one-click unsubscribe links: {@code /digest/unsubscribe/<address>.<HMAC-SHA256>}, keyed by
 * the capture-token secret under a purpose label so a form token can never pass as one. Links
 * signed with one of {@code capture.previousTokenSecrets} still verify, so the links in digests
 * sent before a rotation keep working.
 */
public final class UnsubscribeLinks {
  private static final String PURPOSE = "learning-office digest unsubscribe v1\n";
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final String publicBaseUrl;
  private final HmacKey key;
  private final List<HmacKey> previousKeys;

  @Inject
  UnsubscribeLinks(ServerConfig server, CaptureConfig capture) {
    this(server.publicBaseUrl(), capture.tokenSecret(), capture.previousTokenSecrets());
  }

  public UnsubscribeLinks(URI publicBaseUrl, Secret secret) {
    this(publicBaseUrl, secret, List.of());
  }

  UnsubscribeLinks(URI publicBaseUrl, Secret secret, List<Secret> previousSecrets) {
    String base = publicBaseUrl.toString();
    this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.key = HmacKey.of(secret);
    this.previousKeys = previousSecrets.stream().map(HmacKey::of).toList();
  }

  /** The link for one address. */
  public URI linkFor(String address) {
    return URI.create(publicBaseUrl + "/digest/unsubscribe/" + token(address));
  }

  public String token(String address) {
    String normalized = address.strip().toLowerCase(Locale.ROOT);
    return ENCODE.encodeToString(normalized.getBytes(StandardCharsets.UTF_8))
        + "."
        + ENCODE.encodeToString(mac(key, normalized));
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
      boolean signed =
          Stream.concat(Stream.of(key), previousKeys.stream())
              .anyMatch(k -> MessageDigest.isEqual(signature, mac(k, address)));
      return signed ? Optional.of(address) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] mac(HmacKey key, String address) {
    return key.mac(PURPOSE + address);
  }
}
