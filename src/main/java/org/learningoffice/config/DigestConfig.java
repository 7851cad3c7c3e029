package org.learningoffice.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.learningoffice.taxonomy.Unit;

/**
 * The weekly learning-office digest: when it goes out and where to. Every channel is optional; a
 * channel without its settings is off. With {@code skipEmptyWeeks} (the default) a week in which no
 * order closed and no lesson was captured sends nothing. An order closed without lessons is listed
 * as such in the digest of the week it closed only when it closed at least {@code
 * closedWithoutLessonsGrace} before that week's end, else in the next week's: people get time to
 * write before the digest names their order.
 */
public record DigestConfig(
    WeeklySchedule schedule,
    ZoneId zone,
    List<Recipient> recipients,
    Optional<Smtp> smtp,
    Optional<URI> slackWebhookUrl,
    Optional<URI> teamsWebhookUrl,
    Optional<String> jiraProjectKey,
    String jiraIssueType,
    boolean skipEmptyWeeks,
    Duration closedWithoutLessonsGrace) {
  /** The default {@code digest.closedWithoutLessonsGrace}: three days. */
  public static final Duration DEFAULT_GRACE = Duration.ofDays(3);

  public DigestConfig {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(zone, "zone");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(slackWebhookUrl, "slackWebhookUrl");
    Objects.requireNonNull(teamsWebhookUrl, "teamsWebhookUrl");
    Objects.requireNonNull(jiraProjectKey, "jiraProjectKey");
    Objects.requireNonNull(jiraIssueType, "jiraIssueType");
    Objects.requireNonNull(closedWithoutLessonsGrace, "closedWithoutLessonsGrace");
  }

  /** A digest with a schedule and no channel switched on. */
  public static DigestConfig scheduleOnly(WeeklySchedule schedule, ZoneId zone) {
    return new DigestConfig(
        schedule,
        zone,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "Task",
        true,
        DEFAULT_GRACE);
  }

  /** One e-mail recipient; with a unit, that unit's lessons come first in their digest. */
  public record Recipient(String address, Optional<Unit> unit) {
    public Recipient {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(unit, "unit");
    }

    /** Parses {@code lead@example.com} or {@code lead@example.com:front-office}. */
    public static Optional<Recipient> parse(String text) {
      String[] parts = text.strip().split(":", -1);
      if (parts.length > 2 || !looksLikeAddress(parts[0].strip())) {
        return Optional.empty();
      }
      if (parts.length == 1) {
        return Optional.of(new Recipient(parts[0].strip(), Optional.empty()));
      }
      String wanted = parts[1].strip().replace('-', '_').toUpperCase(Locale.ROOT);
      for (Unit unit : Unit.values()) {
        if (unit.name().equals(wanted)) {
          return Optional.of(new Recipient(parts[0].strip(), Optional.of(unit)));
        }
      }
      return Optional.empty();
    }

    private static boolean looksLikeAddress(String address) {
      int at = address.indexOf('@');
      return at > 0
          && at == address.lastIndexOf('@')
          && at < address.length() - 1
          && address.chars().noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>')
          && parsesAsItIs(address);
    }

    /** Whether the mail sender takes the address as written (no ';' where ':' was meant). */
    private static boolean parsesAsItIs(String address) {
      try {
        InternetAddress parsed = new InternetAddress(address, true);
        return parsed.getPersonal() == null && address.equals(parsed.getAddress());
      } catch (AddressException e) {
        return false;
      }
    }
  }

  /** The SMTP server that sends the digest e-mail. */
  public record Smtp(
      String host,
      int port,
      boolean startTls,
      Optional<String> username,
      Optional<Secret> password,
      String from) {
    public Smtp {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(from, "from");
    }
  }

  static DigestConfig read(ConfigReader r) {
    WeeklySchedule schedule =
        r.parsed(
                "digest.schedule",
                WeeklySchedule::parse,
                "is not a weekly time (day and 24-hour time)",
                "MON 07:00")
            .orElse(WeeklySchedule.DEFAULT);
    ZoneId zone = r.zone("digest.zone", ZoneId.of("UTC"));
    List<Recipient> recipients = new ArrayList<>();
    for (String entry : r.list("digest.recipients")) {
      Recipient.parse(entry)
          .ifPresentOrElse(
              recipients::add,
              () ->
                  r.problem(
                      "digest.recipients",
                      "'"
                          + entry
                          + "' is not an e-mail address with an optional unit, e.g."
                          + " lead@example.com or lead@example.com:front-office"));
    }
    Optional<Smtp> smtp = readSmtp(r);
    if (!recipients.isEmpty() && smtp.isEmpty()) {
      r.problem(
          "digest.smtp.host", "is required when digest.recipients are set, e.g. smtp.example.com");
    }
    Optional<URI> slack =
        r.secretHttpUrl("digest.slack.webhookUrl", "https://hooks.slack.com/services/T/B/X");
    Optional<URI> teams =
        r.secretHttpUrl(
            "digest.teams.webhookUrl", "https://example.webhook.office.com/webhookb2/...");
    Optional<String> project = r.string("digest.jira.projectKey");
    String issueType = r.string("digest.jira.issueType", "Task");
    boolean skipEmptyWeeks = r.bool("digest.skipEmptyWeeks", true);
    Duration grace = r.duration("digest.closedWithoutLessonsGrace", DEFAULT_GRACE);
    return new DigestConfig(
        schedule, zone, recipients, smtp, slack, teams, project, issueType, skipEmptyWeeks, grace);
  }

  /** Whether the sender parses as the mail sender will parse it: one address, a name optional. */
  private static boolean isSender(String from) {
    try {
      return new InternetAddress(from, true).getAddress().indexOf('@') > 0;
    } catch (AddressException e) {
      return false;
    }
  }

  private static Optional<Smtp> readSmtp(ConfigReader r) {
    Optional<String> host = r.string("digest.smtp.host");
    boolean startTls = r.bool("digest.smtp.startTls", true);
    int port = r.integer("digest.smtp.port", startTls ? 587 : 25, 1, 65535);
    Optional<String> username = r.string("digest.smtp.username");
    Optional<Secret> password = r.secret("digest.smtp.password");
    Optional<String> from = r.string("digest.smtp.from");
    if (host.isEmpty()) {
      return Optional.empty();
    }
    if (from.isEmpty()) {
      r.missing("digest.smtp.from", "learning-office@example.com", null);
    } else if (!isSender(from.get())) {
      // else every digest e-mail fails at send, found on Monday morning after ten attempts
      r.problem(
          "digest.smtp.from",
          "'"
              + from.get()
              + "' is not one e-mail address, e.g. learning-office@example.com or"
              + " Learning Office <learning-office@example.com>");
    }
    return Optional.of(
        new Smtp(
            host.get(),
            port,
            startTls,
            username,
            password,
            from.orElse("learning-office@localhost")));
  }
}
