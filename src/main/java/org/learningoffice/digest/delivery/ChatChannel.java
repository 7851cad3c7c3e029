package org.learningoffice.digest.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.learningoffice.digest.Digest;
import org.learningoffice.digest.WeekDigest;

/** The digest posted to a chat webhook: Slack (Block Kit) or Teams (Adaptive Card). */
public final class ChatChannel implements DigestChannel {
  private final Channel channel;
  private final URI webhook;
  private final Function<Digest, JsonNode> render;
  private final WebhookPoster poster;

  public ChatChannel(
      Channel channel, URI webhook, Function<Digest, JsonNode> render, WebhookPoster poster) {
    this.channel = channel;
    this.webhook = webhook;
    this.render = render;
    this.poster = poster;
  }

  @Override
  public Channel channel() {
    return channel;
  }

  /** One recipient per channel: the webhook (its URL is a secret, so it is not stored). */
  @Override
  public List<String> recipients() {
    return List.of("webhook");
  }

  @Override
  public Delivery prepare(WeekDigest week, String recipient) {
    JsonNode message = render.apply(week.digest());
    return () -> poster.post(channel.name(), webhook, message);
  }
}
