package org.learningoffice.forge;

import com.nimbusds.jwt.JWTParser;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.learningoffice.config.Secret;
import org.learningoffice.jira.JiraGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app system token Forge sends with a call ({@code x-forge-oauth-system}, when the manifest's
 * endpoint asks for {@code appSystemToken}), kept so that the service's own calls to Jira go as the
 * app, at the token's {@code app.apiBaseUrl}, until {@link #MARGIN} before it expires. Only tokens
 * that came with a verified invocation token are offered here; without one, or once it has expired
 * or Jira refused it, calls use the configured credentials. The token is never logged.
 */
final class ForgeSystemToken implements JiraGrant {
  static final String HEADER = "x-forge-oauth-system";

  /** A token this close to its expiry is no longer used: a call may take this long. */
  static final Duration MARGIN = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(ForgeSystemToken.class);

  private final Clock clock;
  private final AtomicReference<Held> held = new AtomicReference<>();

  @Inject
  ForgeSystemToken(Clock clock) {
    this.clock = clock;
  }

  /** Keeps the token of a verified call, unless it expires sooner than the one held. */
  void offer(Optional<URI> apiBaseUrl, Optional<String> token) {
    if (apiBaseUrl.isEmpty() || token.isEmpty() || token.get().isBlank()) {
      return;
    }
    Optional<Instant> expiry = expiry(token.get());
    if (expiry.isEmpty()) {
      log.warn("the app system token Forge sent has no readable expiry; it is not used");
      return;
    }
    Held offered =
        new Held(new Grant(apiBaseUrl.get(), Secret.of(token.get().strip())), expiry.get());
    held.accumulateAndGet(
        offered, (old, fresh) -> old == null || fresh.expiry().isAfter(old.expiry()) ? fresh : old);
  }

  @Override
  public Optional<Grant> current() {
    Held now = held.get();
    if (now == null || !clock.instant().isBefore(now.expiry().minus(MARGIN))) {
      return Optional.empty();
    }
    return Optional.of(now.grant());
  }

  @Override
  public void refused(Grant grant) {
    held.updateAndGet(now -> now != null && now.grant().equals(grant) ? null : now);
  }

  /** The token's {@code exp}: Forge's tokens are JWTs, read here only for their lifetime. */
  private static Optional<Instant> expiry(String token) {
    try {
      Date exp = JWTParser.parse(token.strip()).getJWTClaimsSet().getExpirationTime();
      return Optional.ofNullable(exp).map(Date::toInstant);
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  private record Held(Grant grant, Instant expiry) {}
}
