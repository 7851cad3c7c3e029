package org.learningoffice.digest.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.DigestConfig.Recipient;
import org.learningoffice.digest.Digest;
import org.learningoffice.digest.DigestChart;
import org.learningoffice.digest.HtmlRenderer;
import org.learningoffice.digest.Labels;
import org.learningoffice.digest.TextRenderer;
import org.learningoffice.digest.WeekDigest;
import org.learningoffice.digest.delivery.MailMessage.InlineImage;

/**
 * The digest by e-mail: HTML with its chart inline + text, each recipient's unit first, with an
 * unsubscribe link.
 */
public final class EmailChannel implements DigestChannel {
  private final List<Recipient> recipients;
  private final MailSender mail;
  private final HtmlRenderer html;
  private final TextRenderer text;
  private final DigestChart chart;
  private final UnsubscribeLinks unsubscribeLinks;
  private final Unsubscribes unsubscribes;

  public EmailChannel(
      List<Recipient> recipients,
      MailSender mail,
      HtmlRenderer html,
      TextRenderer text,
      DigestChart chart,
      UnsubscribeLinks unsubscribeLinks,
      Unsubscribes unsubscribes) {
    this.recipients = List.copyOf(recipients);
    this.mail = mail;
    this.html = html;
    this.text = text;
    this.chart = chart;
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
  public Delivery prepare(WeekDigest week, String address) {
    Recipient recipient =
        recipients.stream()
            .filter(r -> r.address().equals(address))
            .findFirst()
            .orElseThrow(() -> new DeliveryException("not a digest recipient: " + address));
    Digest digest = recipient.unit().map(week::forUnit).orElse(week.digest());
    Optional<URI> unsubscribe = Optional.of(unsubscribeLinks.linkFor(address));
    String contentId = HtmlRenderer.chartContentId(digest.week());
    List<InlineImage> images =
        chart.png(digest).stream()
            .map(png -> new InlineImage(contentId, "image/png", png))
            .toList();
    MailMessage message =
        new MailMessage(
            address,
            Labels.title(digest),
            html.render(
                digest,
                unsubscribe,
                images.isEmpty() ? Optional.empty() : Optional.of("cid:" + contentId)),
            text.render(digest, unsubscribe),
            unsubscribe,
            images);
    return () -> mail.send(message);
  }
}
