package org.learningoffice.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.config.OfficeConfig;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.lesson.LessonExport;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.store.Database;
import org.learningoffice.web.HealthCheck;
import org.learningoffice.web.RouteContributor;

/**
 * Binds the weekly digest: model, renderers, the channels switched on by {@code digest.*}, the
 * delivery table, the scheduler (a {@link BackgroundService}), the unsubscribe route, the
 * learning-office API with lesson search and export, and the office dashboard.
 */
public final class DigestModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(DigestTiming.class).toInstance(DigestTiming.DEFAULT);
    bind(HtmlRenderer.class).in(Singleton.class);
    bind(TextRenderer.class).in(Singleton.class);
    bind(JiraIssueRenderer.class).in(Singleton.class);
    bind(DigestFiles.class).to(DigestService.class);
    Multibinder<RouteContributor> routes =
        Multibinder.newSetBinder(binder(), RouteContributor.class);
    routes.addBinding().to(UnsubscribeRoutes.class);
    routes.addBinding().to(OfficeApiRoutes.class);
    routes.addBinding().to(OfficeRoutes.class);
    routes.addBinding().to(OfficeLoginRoutes.class);
    Multibinder.newSetBinder(binder(), BackgroundService.class)
        .addBinding()
        .to(DigestScheduler.class);
  }

  @ProvidesIntoSet
  HealthCheck digestHealth(DigestDeliveries deliveries) {
    return new DigestHealthCheck(deliveries);
  }

  @Provides
  @Singleton
  SlackRenderer slackRenderer(ObjectMapper json) {
    return new SlackRenderer(json);
  }

  @Provides
  @Singleton
  TeamsRenderer teamsRenderer(ObjectMapper json) {
    return new TeamsRenderer(json);
  }

  @Provides
  @Singleton
  TicketLinks ticketLinks(JiraConfig jira, ServerConfig server, FormTokenSigner formLinks) {
    return new TicketLinks(jira.baseUrl(), server.publicBaseUrl(), formLinks);
  }

  @Provides
  @Singleton
  DigestBuilder digestBuilder(
      Database database, Clock clock, DigestConfig config, TicketLinks links) {
    return new DigestBuilder(database, clock, config.zone(), links);
  }

  @Provides
  @Singleton
  DigestService digestService(
      DigestBuilder builder,
      HtmlRenderer html,
      TextRenderer text,
      SlackRenderer slack,
      TeamsRenderer teams,
      ObjectMapper json,
      Clock clock,
      DigestConfig config) {
    return new DigestService(builder, html, text, slack, teams, json, clock, config.zone());
  }

  @Provides
  @Singleton
  DigestDeliveries deliveries(Database database, Clock clock) {
    return new DigestDeliveries(database, clock);
  }

  @Provides
  @Singleton
  Unsubscribes unsubscribes(Database database, Clock clock) {
    return new Unsubscribes(database, clock);
  }

  @Provides
  @Singleton
  UnsubscribeLinks unsubscribeLinks(ServerConfig server, CaptureConfig capture) {
    return new UnsubscribeLinks(server.publicBaseUrl(), capture.tokenSecret());
  }

  @Provides
  @Singleton
  UnsubscribeRoutes unsubscribeRoutes(UnsubscribeLinks links, Unsubscribes unsubscribes) {
    return new UnsubscribeRoutes(links, unsubscribes);
  }

  @Provides
  @Singleton
  ApiAccess apiAccess(OfficeConfig config) {
    return new ApiAccess(config);
  }

  @Provides
  @Singleton
  LessonSearch lessonSearch(Database database) {
    return new LessonSearch(database);
  }

  @Provides
  @Singleton
  LessonExport lessonExport(Database database, ObjectMapper json) {
    return new LessonExport(database, json);
  }

  @Provides
  @Singleton
  OfficeApiRoutes officeApiRoutes(
      ApiAccess access, DigestService digests, LessonSearch search, DigestConfig config) {
    return new OfficeApiRoutes(access, digests, search, config.zone());
  }

  @Provides
  @Singleton
  OfficeSessions officeSessions(OfficeConfig office, Clock clock) {
    return new OfficeSessions(office, clock, new SecureRandom());
  }

  @Provides
  @Singleton
  OfficePages officePages(TicketLinks links, DigestConfig config) {
    return new OfficePages(links, config.zone());
  }

  @Provides
  @Singleton
  OfficeRoutes officeRoutes(
      ApiAccess access,
      OfficeSessions sessions,
      DigestBuilder counts,
      LessonSearch search,
      OfficePages pages,
      Clock clock,
      DigestConfig config) {
    return new OfficeRoutes(
        new OfficeAccess(access, sessions),
        new OfficeDashboard(search, counts, clock, config.zone()),
        pages);
  }

  @Provides
  @Singleton
  OfficeLoginRoutes officeLoginRoutes(
      ApiAccess access, OfficeSessions sessions, ServerConfig server, OfficePages pages) {
    return new OfficeLoginRoutes(access, sessions, new SameOrigin(server.publicBaseUrl()), pages);
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
      SlackRenderer slack,
      TeamsRenderer teams,
      JiraIssueRenderer jiraRenderer,
      UnsubscribeLinks unsubscribeLinks,
      Unsubscribes unsubscribes,
      com.google.inject.Provider<JiraClient> jira) {
    Set<DigestChannel> channels = new LinkedHashSet<>();
    if (config.smtp().isPresent() && !config.recipients().isEmpty()) {
      channels.add(
          new EmailChannel(
              config.recipients(),
              new SmtpMailSender(config.smtp().get(), clock),
              html,
              text,
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
      DigestTiming timing) {
    return new DigestSender(channels, deliveries, digests, instanceId(), timing.lease());
  }

  @Provides
  @Singleton
  DigestScheduler scheduler(
      DigestSender sender, DigestConfig config, Clock clock, DigestTiming timing) {
    return new DigestScheduler(
        sender, config.schedule(), config.zone(), clock, timing.checkInterval());
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
