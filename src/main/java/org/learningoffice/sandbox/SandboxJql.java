package org.learningoffice.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of JQL the sandbox understands: clauses joined by {@code AND} on project, issue id or
 * key, status, status category and resolved/updated dates (absolute or relative such as {@code
 * -10m}). A clause it does not understand, or any {@code OR}, matches everything: the sandbox then
 * answers with more tickets than Jira would, never fewer, which an idempotent client must take.
 */
final class SandboxJql {
  private static final Pattern PROJECT = Pattern.compile("project\\s*=\\s*\"?([\\w-]+)\"?");
  private static final Pattern ISSUE_IS =
      Pattern.compile("(?:id|issue|key|issuekey)\\s*=\\s*\"?([\\w-]+)\"?");
  private static final Pattern ISSUE_IN =
      Pattern.compile("(?:id|issue|key|issuekey)\\s+in\\s*\\[([^\\]]*)\\]");
  private static final Pattern CATEGORY =
      Pattern.compile("statuscategory\\s*(!=|=)\\s*\"?([\\w ]+?)\"?");
  private static final Pattern STATUS_IS = Pattern.compile("status\\s*=\\s*\"?([\\w ]+?)\"?");
  private static final Pattern STATUS_IN = Pattern.compile("status\\s+in\\s*\\[([^\\]]*)\\]");
  private static final Pattern SINCE =
      Pattern.compile("(resolved|resolutiondate|updated)\\s*>=?\\s*\"?([^\"]+?)\"?");
  private static final Pattern RELATIVE = Pattern.compile("-(\\d+)([mhdw])");

  private final List<Predicate<SandboxIssue>> clauses;

  private SandboxJql(List<Predicate<SandboxIssue>> clauses) {
    this.clauses = clauses;
  }

  static SandboxJql parse(String jql, Clock clock) {
    String query = jql.split("(?i)\\s+ORDER\\s+BY\\s+", 2)[0];
    // lists use ( ), grouping uses ( ): mark lists as [ ] first, then drop grouping parentheses
    query =
        query
            .replaceAll("(?i)\\bin\\s*\\(([^)]*)\\)", "in [$1]")
            .replace("(", " ")
            .replace(")", " ")
            .trim();
    if (query.isEmpty() || Pattern.compile("(?i)\\s+OR\\s+").matcher(query).find()) {
      return new SandboxJql(List.of());
    }
    List<Predicate<SandboxIssue>> clauses = new ArrayList<>();
    for (String clause : query.split("(?i)\\s+AND\\s+")) {
      Predicate<SandboxIssue> predicate = clause(clause.trim().toLowerCase(Locale.ROOT), clock);
      if (predicate != null) {
        clauses.add(predicate);
      }
    }
    return new SandboxJql(List.copyOf(clauses));
  }

  boolean matches(SandboxIssue issue) {
    return clauses.stream().allMatch(clause -> clause.test(issue));
  }

  private static Predicate<SandboxIssue> clause(String clause, Clock clock) {
    Matcher m;
    if ((m = PROJECT.matcher(clause)).matches()) {
      String prefix = m.group(1) + "-";
      return issue -> issue.key().toLowerCase(Locale.ROOT).startsWith(prefix);
    }
    if ((m = ISSUE_IS.matcher(clause)).matches()) {
      Set<String> wanted = Set.of(m.group(1));
      return issue -> names(issue).stream().anyMatch(wanted::contains);
    }
    if ((m = ISSUE_IN.matcher(clause)).matches()) {
      Set<String> wanted = list(m.group(1));
      return issue -> names(issue).stream().anyMatch(wanted::contains);
    }
    if ((m = CATEGORY.matcher(clause)).matches()) {
      boolean done = m.group(2).trim().equals("done");
      boolean equals = m.group(1).equals("=");
      return issue -> (issue.status == SandboxStatus.DONE) == (done == equals);
    }
    if ((m = STATUS_IS.matcher(clause)).matches()) {
      String wanted = m.group(1).trim();
      return issue -> issue.status.label.toLowerCase(Locale.ROOT).equals(wanted);
    }
    if ((m = STATUS_IN.matcher(clause)).matches()) {
      Set<String> wanted = list(m.group(1));
      return issue -> wanted.contains(issue.status.label.toLowerCase(Locale.ROOT));
    }
    if ((m = SINCE.matcher(clause)).matches()) {
      Instant since = instant(m.group(2).trim(), clock);
      if (since == null) {
        return null;
      }
      boolean resolved = !m.group(1).equals("updated");
      return issue -> {
        Instant at = resolved ? issue.resolved : issue.resolvedAt().orElse(issue.created);
        return at != null && !at.isBefore(since);
      };
    }
    return null;
  }

  private static Set<String> names(SandboxIssue issue) {
    return Set.of(String.valueOf(issue.id), issue.key().toLowerCase(Locale.ROOT));
  }

  private static Set<String> list(String items) {
    return Arrays.stream(items.split(","))
        .map(item -> item.trim().replace("\"", ""))
        .filter(item -> !item.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Instant instant(String value, Clock clock) {
    Matcher relative = RELATIVE.matcher(value);
    if (relative.matches()) {
      long amount = Long.parseLong(relative.group(1));
      Duration unit =
          switch (relative.group(2)) {
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
          };
      return clock.instant().minus(unit.multipliedBy(amount));
    }
    String normal = value.replace('/', '-');
    try {
      return LocalDateTime.parse(normal, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(normal).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
