package org.learningoffice.feedforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.FeedForwardConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.testing.MutableClock;

/**
 * Related-page links live {@code feedForward.linkTtl} (a year by default), not the form's {@code
 * capture.tokenTtl}, and survive a rotation of {@code capture.tokenSecret} as form links do.
 */
class RelatedLinksTest {
  private static final Secret CURRENT = Secret.of("current-secret-current-secret-current-secret");
  private static final Secret OLD = Secret.of("old-secret-old-secret-old-secret-old-secret-0");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

  private RelatedLinks links(Secret secret, List<Secret> previous) {
    return new RelatedLinks(
        new FormTokenSigner(new CaptureConfig(secret, previous, Duration.ofDays(60)), clock),
        new ServerConfig(8080, URI.create("https://lo.example.com/")),
        FeedForwardConfig.off());
  }

  private static String token(URI link) {
    return link.getPath().substring("/related/".length());
  }

  @Test
  void aLinkOpensForAYearWhereAFormLinkOpensForSixtyDays() {
    RelatedLinks links = links(CURRENT, List.of());
    String token = token(links.sign("10042"));

    clock.advance(Duration.ofDays(364));
    assertThat(links.issueIdOf(token)).contains("10042");

    clock.advance(Duration.ofDays(1));
    assertThat(links.issueIdOf(token)).isEmpty();
    assertThat(links.refusal(token))
        .startsWith("This link has expired.")
        .contains("open the latest link on the order's Jira ticket");
  }

  @Test
  void aLinkSignedBeforeARotationOpensWhileTheOldSecretIsListedAsPrevious() {
    String token = token(links(OLD, List.of()).sign("10042"));
    clock.advance(Duration.ofDays(61));

    assertThat(links(CURRENT, List.of(OLD)).issueIdOf(token)).contains("10042");
    RelatedLinks forgotten = links(CURRENT, List.of());
    assertThat(forgotten.issueIdOf(token)).isEmpty();
    assertThat(forgotten.refusal(token)).contains("signed with a key that is no longer in use");
  }
}
