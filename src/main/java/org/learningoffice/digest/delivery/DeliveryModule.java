package org.learningoffice.digest.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.DigestChart;
import org.learningoffice.digest.DigestService;
import org.learningoffice.digest.HtmlRenderer;
import org.learningoffice.digest.JiraIssueRenderer;
import org.learningoffice.digest.SlackRenderer;
import org.learningoffice.digest.TeamsRenderer;
import org.learningoffice.digest.TextRenderer;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.web.HealthCheck;
import org.learningoffice.web.RouteContributor;

/**
 * Binds the digest's delivery: the channels switched on by {@code digest.*}, the delivery table,
 * the scheduler (a {@link BackgroundService}), its health check and the unsubscribe route.
 */
public final class DeliveryModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(DigestTiming.class).toInstance(DigestTiming.DEFAULT);
    bind(DigestDeliveries.class).in(Singleton.class);
    bind(Unsubscribes.class).in(Singleton.class);
    bind(UnsubscribeLinks.class).in(Singleton.class);
    bind(DigestScheduler.class).in(Singleton.class);
    Multibinder.newSetBinder(binder(), RouteContributor.class)
        .addBinding()
        .to(UnsubscribeRoutes.class);
    Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding().to(DigestHealthCheck.class);
    Multibinder.newSetBinder(binder(), BackgroundService.class)
        .addBinding()
        .to(DigestScheduler.class);
  }

  /** The channels the configuration switches on; none is an empty set (nothing is sent). */
  @Provides
  @Singleton
  Set<DigestChannel> channels(
      DigestConfig config,
      Clock clock,
      ObjectMapper json,
      HtmlRenderer html,
      TextRenderer text,
      DigestChart chart,
      SlackRenderer slack,
      TeamsRenderer teams,
      JiraIssueRenderer jiraRenderer,
      UnsubscribeLinks unsubscribeLinks,
      Unsubscribes unsubscribes,
      Provider<JiraClient> jira) {
    Set<DigestChannel> channels = new LinkedHashSet<>();
    if (config.smtp().isPresent() && !config.recipients().isEmpty()) {
      channels.add(
          new EmailChannel(
              config.recipients(),
              new SmtpMailSender(config.smtp().get(), clock),
              html,
              text,
              chart,
              unsubscribeLinks,
              unsubscribes));
    }
    if (config.slackWebhookUrl().isPresent() || config.teamsWebhookUrl().isPresent()) {
      OkHttpClient http =
          new OkHttpClient.Builder()
              .connectTimeout(Duration.ofSeconds(10))
              .readTimeout(Duration.ofSeconds(30))
              .callTimeout(Duration.ofSeconds(60))
              .build();
      WebhookPoster poster = new WebhookPoster(http, json);
      config
          .slackWebhookUrl()
          .ifPresent(u -> channels.add(new ChatChannel(Channel.SLACK, u, slack::render, poster)));
      config
          .teamsWebhookUrl()
          .ifPresent(u -> channels.add(new ChatChannel(Channel.TEAMS, u, teams::render, poster)));
    }
    config
        .jiraProjectKey()
        .ifPresent(
            key ->
                channels.add(
                    new JiraIssueChannel(jira.get(), jiraRenderer, key, config.jiraIssueType())));
    return channels;
  }

  @Provides
  @Singleton
  DigestSender sender(
      Set<DigestChannel> channels,
      DigestDeliveries deliveries,
      DigestService digests,
      DigestTiming timing,
      DigestConfig config) {
    return new DigestSender(
        channels, deliveries, digests, instanceId(), timing.lease(), config.skipEmptyWeeks());
  }

  /** Who holds a delivery's lease: this host and process, unique per start. */
  private static String instanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String id = host + "/" + UUID.randomUUID();
    return id.length() > 120 ? id.substring(id.length() - 120) : id;
  }
}
