package org.learningoffice.digest.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.Secret;

class UnsubscribeLinksTest {
  private static final URI BASE = URI.create("https://lo.example.com/");
  private static final Secret OLD = Secret.of("old-secret-0123456789abcdef0123456789");
  private static final Secret NEW = Secret.of("new-secret-0123456789abcdef0123456789");

  @Test
  void aLinkNamesTheAddressItWasSignedForAndVerifies() {
    UnsubscribeLinks links = new UnsubscribeLinks(BASE, NEW);

    String token = links.token(" Front.Lead@Example.com ");

    assertThat(links.linkFor("front.lead@example.com").toString())
        .isEqualTo("https://lo.example.com/digest/unsubscribe/" + token);
    assertThat(links.verify(token)).contains("front.lead@example.com");
  }

  @Test
  void aLinkFromBeforeARotationVerifiesWhileItsSecretIsListedAsPrevious() {
    String sentBefore = new UnsubscribeLinks(BASE, OLD).token("lead@example.com");

    assertThat(new UnsubscribeLinks(BASE, NEW, List.of(OLD)).verify(sentBefore))
        .contains("lead@example.com");
    assertThat(new UnsubscribeLinks(BASE, NEW).verify(sentBefore)).isEmpty();
  }

  @Test
  void anotherAddressUnderTheSameSignatureIsRefused() {
    UnsubscribeLinks links = new UnsubscribeLinks(BASE, NEW);
    String token = links.token("lead@example.com");
    String signature = token.substring(token.indexOf('.'));
    String other = links.token("boss@example.com");

    assertThat(links.verify(other.substring(0, other.indexOf('.')) + signature)).isEmpty();
    assertThat(links.verify("no-dot")).isEmpty();
    assertThat(links.verify("a.b.c")).isEmpty();
    assertThat(links.verify("!!!.???")).isEmpty();
  }
}
