package org.learningoffice.forge;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import org.learningoffice.config.ForgeConfig;

/**
 * Atlassian's keys for Forge Invocation Tokens: fetched from the configured JWKS, cached, and
 * fetched again when a token names a key id the cache does not hold (a key rotation), at most a few
 * times a {@link #MIN_REFETCH} so that tokens with made-up key ids cannot hammer the JWKS.
 */
public final class ForgeKeys {
  static final Duration MIN_REFETCH = Duration.ofSeconds(30);
  private static final int TIMEOUT_MILLIS = 3000;
  private static final int MAX_BYTES = 64 * 1024;

  private final URL url;
  private final JWKSource<SecurityContext> source;

  @Inject
  public ForgeKeys(ForgeConfig config) {
    this(config.jwksUrl(), MIN_REFETCH);
  }

  ForgeKeys(URI jwksUrl, Duration minRefetch) {
    this.url = toUrl(jwksUrl);
    this.source =
        JWKSourceBuilder.create(url, retriever())
            .cache(Duration.ofHours(1).toMillis(), TIMEOUT_MILLIS)
            .rateLimited(minRefetch.toMillis())
            .retrying(false)
            .build();
  }

  /** The cached key set, as the token processor asks it for a key. */
  JWKSource<SecurityContext> source() {
    return source;
  }

  /**
   * Fetches the key set now, bypassing the cache (for {@code check}).
   *
   * @return how many keys it holds
   * @throws KeySourceException when the JWKS does not answer with a key set
   */
  public int fetchNow() throws KeySourceException {
    try {
      return JWKSet.parse(retriever().retrieveResource(url).getContent()).getKeys().size();
    } catch (IOException | ParseException e) {
      throw new KeySourceException(url + " did not answer with a key set: " + e.getMessage(), e);
    }
  }

  private static DefaultResourceRetriever retriever() {
    return new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_BYTES);
  }

  private static URL toUrl(URI uri) {
    try {
      return uri.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("forge.jwksUrl is not a URL: " + uri, e);
    }
  }
}
