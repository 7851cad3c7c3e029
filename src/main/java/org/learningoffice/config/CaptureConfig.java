package org.learningoffice.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lesson-capture form: how its links are signed and how long they last, when it is attached,
 * whom its comments mention and how often they are reminded.
 *
 * @param tokenSecret signs new form links
 * @param previousTokenSecrets earlier secrets, still accepted for links signed before a rotation
 * @param tokenTtl how long a form link stays valid
 * @param realTime attach the form when the order is created, not only when it closes
 * @param mention whose of the order's people the form's comments mention
 * @param remindAfter how long after attaching the form, without a lesson, a reminder is posted
 * @param maxReminders how many reminders at most (0: none)
 * @param writeBackDelay how long after a lesson its write-back waits, so a burst goes back as one
 */
public record CaptureConfig(
    Secret tokenSecret,
    List<Secret> previousTokenSecrets,
    Duration tokenTtl,
    boolean realTime,
    List<MentionRole> mention,
    Duration remindAfter,
    int maxReminders,
    Duration writeBackDelay) {
  private static final int MIN_SECRET_BYTES = 32;
  public static final Duration DEFAULT_REMIND_AFTER = Duration.ofDays(3);
  public static final int DEFAULT_MAX_REMINDERS = 1;
  public static final Duration DEFAULT_WRITE_BACK_DELAY = Duration.ofMinutes(1);

  /** The people of an order a capture comment can mention. */
  public enum MentionRole {
    ASSIGNEE,
    REPORTER
  }

  public CaptureConfig {
    previousTokenSecrets = List.copyOf(previousTokenSecrets);
    mention = List.copyOf(mention);
  }

  /**
   * Signing settings with the defaults for everything else (closing attaches, assignee, P3D, 1, one
   * minute).
   */
  public CaptureConfig(Secret tokenSecret, List<Secret> previousTokenSecrets, Duration tokenTtl) {
    this(
        tokenSecret,
        previousTokenSecrets,
        tokenTtl,
        false,
        List.of(MentionRole.ASSIGNEE),
        DEFAULT_REMIND_AFTER,
        DEFAULT_MAX_REMINDERS,
        DEFAULT_WRITE_BACK_DELAY);
  }

  static CaptureConfig read(ConfigReader r) {
    Secret secret =
        r.secret("capture.tokenSecret")
            .orElseGet(
                () ->
                    r.missing("capture.tokenSecret", "${LO_CAPTURE_TOKEN_SECRET}", Secret.of("")));
    requireStrong(r, "capture.tokenSecret", secret);
    List<Secret> previous = new ArrayList<>();
    for (Secret old : r.secretList("capture.previousTokenSecrets")) {
      requireStrong(r, "capture.previousTokenSecrets", old);
      previous.add(old);
    }
    return new CaptureConfig(
        secret,
        previous,
        r.duration("capture.tokenTtl", Duration.ofDays(60)),
        r.bool("capture.realTime", false),
        mentionRoles(r),
        r.duration("capture.remindAfter", DEFAULT_REMIND_AFTER),
        r.integer("capture.maxReminders", DEFAULT_MAX_REMINDERS, 0, 10),
        r.duration("capture.writeBackDelay", DEFAULT_WRITE_BACK_DELAY));
  }

  private static List<MentionRole> mentionRoles(ConfigReader r) {
    List<String> names = r.list("capture.mention");
    if (names.isEmpty()) {
      return List.of(MentionRole.ASSIGNEE);
    }
    List<MentionRole> roles = new ArrayList<>();
    for (String name : names) {
      try {
        MentionRole role = MentionRole.valueOf(name.strip().toUpperCase(Locale.ROOT));
        if (!roles.contains(role)) {
          roles.add(role);
        }
      } catch (IllegalArgumentException e) {
        r.problem(
            "capture.mention",
            "'" + name + "' is not a role we can mention; use [assignee, reporter]");
      }
    }
    return roles;
  }

  private static void requireStrong(ConfigReader r, String key, Secret secret) {
    if (!secret.isBlank() && secret.bytes().length < MIN_SECRET_BYTES) {
      r.problem(
          key,
          "is shorter than "
              + MIN_SECRET_BYTES
              + " bytes; form links signed with it could be forged"
              + " (generate one with: openssl rand -base64 48)");
    }
  }
}
