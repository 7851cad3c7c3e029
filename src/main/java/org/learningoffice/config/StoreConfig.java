package org.learningoffice.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SQL database: embedded H2 by default, PostgreSQL by JDBC URL; and how long an outbox job
 * claimed by an instance that died waits before another instance (or a restart) takes it over.
 */
public record StoreConfig(
    String url, String username, Secret password, int maxPoolSize, Duration outboxLease) {
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/learning-office";

  /**
   * Longer than the longest job step with the default Jira timeouts ({@link
   * JiraConfig#longestJobStep()}: 6m20s), so a live worker keeps its jobs.
   */
  public static final Duration DEFAULT_OUTBOX_LEASE = Duration.ofMinutes(10);

  /** The password of a user-info part, {@code secret} in {@code //lo:secret@db}. */
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*:)[^/@]*@");

  /** The default outbox lease. */
  public StoreConfig(String url, String username, Secret password, int maxPoolSize) {
    this(url, username, password, maxPoolSize, DEFAULT_OUTBOX_LEASE);
  }

  /** True for PostgreSQL, false for H2. */
  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /**
   * Reads the section alone, for {@code export}, which runs no outbox: the lease is not checked.
   */
  static StoreConfig read(ConfigReader r) {
    return read(r, Optional.empty());
  }

  /** Reads the section of a service, whose outbox lease must outlast {@code jira}'s calls. */
  static StoreConfig read(ConfigReader r, JiraConfig jira) {
    return read(r, Optional.of(jira));
  }

  private static StoreConfig read(ConfigReader r, Optional<JiraConfig> jira) {
    String url = r.string("store.url", DEFAULT_URL);
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      r.problem(
          "store.url",
          "'"
              + withoutPassword(url)
              + "' is neither an H2 nor a PostgreSQL JDBC URL, e.g. "
              + DEFAULT_URL
              + " or jdbc:postgresql://db.example.com/learning_office");
    } else if (url.startsWith("jdbc:postgresql:") && USER_INFO_PASSWORD.matcher(url).find()) {
      // the driver would read "lo:secret" as a host and port, and quote it in its errors
      r.problem(
          "store.url",
          "'"
              + withoutPassword(url)
              + "' carries a password before the host, which the PostgreSQL driver does not"
              + " read; put the user in store.username and the password in store.password (or"
              + " LO_STORE_PASSWORD)");
    }
    return new StoreConfig(
        url,
        r.string("store.username", ""),
        r.secret("store.password").orElse(Secret.of("")),
        r.integer("store.maxPoolSize", 10, 1, 200),
        jira.map(j -> outboxLease(r, j))
            .orElseGet(() -> r.duration("store.outboxLease", DEFAULT_OUTBOX_LEASE)));
  }

  /**
   * The lease, at least as long as a job step's Jira calls may take: every step renews it, and a
   * lease that runs out while a step still waits on Jira lets a second worker run the same job.
   */
  private static Duration outboxLease(ConfigReader r, JiraConfig jira) {
    Duration lease = r.duration("store.outboxLease", DEFAULT_OUTBOX_LEASE);
    Duration step = jira.longestJobStep();
    if (lease.compareTo(step) < 0) {
      r.problem(
          "store.outboxLease",
          Durations.text(lease)
              + " is shorter than "
              + Durations.text(step)
              + ", the longest an outbox job step may take: "
              + JiraConfig.CALLS_PER_JOB_STEP
              + " Jira calls of up to "
              + Durations.text(jira.longestCall())
              + " each (jira.connectTimeout + 2 x jira.readTimeout per attempt"
              + (jira.maxAttempts() > 1
                  ? ", retried for up to " + Durations.text(JiraConfig.RETRY_BUDGET)
                  : "")
              + "). With a shorter lease a second worker takes over a job that is still running"
              + " and Jira gets its comment twice; use at least "
              + Durations.text(step)
              + " (default "
              + Durations.text(DEFAULT_OUTBOX_LEASE)
              + "), or shorter Jira timeouts or jira.maxAttempts: 1");
    }
    return lease;
  }

  /**
   * The URL with any password in it masked: a user-info password ({@code //lo:secret@db}) and a
   * {@code password=} parameter, so that an error about the URL never shows one.
   */
  public static String withoutPassword(String url) {
    return USER_INFO_PASSWORD
        .matcher(url)
        .replaceAll("$1****@")
        .replaceAll("(?i)(password=)[^&;]*", "$1****");
  }
}
