package org.learningoffice.digest.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.DigestConfig.Recipient;
import org.learningoffice.digest.Digest;
import org.learningoffice.digest.HtmlRenderer;
import org.learningoffice.digest.Labels;
import org.learningoffice.digest.TextRenderer;
import org.learningoffice.digest.WeekDigest;

/** The digest by e-mail: HTML + text, each recipient's unit first, with an unsubscribe link. */
public final class EmailChannel implements DigestChannel {
  private final List<Recipient> recipients;
  private final MailSender mail;
  private final HtmlRenderer html;
  private final TextRenderer text;
  private final UnsubscribeLinks unsubscribeLinks;
  private final Unsubscribes unsubscribes;

  public EmailChannel(
      List<Recipient> recipients,
      MailSender mail,
      HtmlRenderer html,
      TextRenderer text,
      UnsubscribeLinks unsubscribeLinks,
      Unsubscribes unsubscribes) {
    this.recipients = List.copyOf(recipients);
    this.mail = mail;
    this.html = html;
    this.text = text;
    this.unsubscribeLinks = unsubscribeLinks;
    this.unsubscribes = unsubscribes;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public List<String> recipients() {
    return recipients.stream()
        .map(Recipient::address)
        .filter(a -> !unsubscribes.contains(a))
        .toList();
  }

  @Override
  public void deliver(WeekDigest week, String address) {
    Recipient recipient =
        recipients.stream()
            .filter(r -> r.address().equals(address))
            .findFirst()
            .orElseThrow(() -> new DeliveryException("not a digest recipient: " + address));
    Digest digest = recipient.unit().map(week::forUnit).orElse(week.digest());
    Optional<URI> unsubscribe = Optional.of(unsubscribeLinks.linkFor(address));
    mail.send(
        new MailMessage(
            address,
            Labels.title(digest),
            html.render(digest, unsubscribe),
            text.render(digest, unsubscribe),
            unsubscribe));
  }
}
