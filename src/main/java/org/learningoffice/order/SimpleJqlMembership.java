package org.learningoffice.order;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningoffice.config.OrdersConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers order membership from the issue itself when {@code orders.jql} is exactly {@code project
 * = X} or {@code project = X AND issuetype = Y} (keywords in any case, values bare or quoted,
 * {@code type} for {@code issuetype}, an optional trailing {@code ORDER BY}). X matches the
 * project's key, name or id, Y the issue type's name or id, case-insensitively. Any other JQL is
 * handed to the {@code deferred} membership.
 */
public final class SimpleJqlMembership implements OrderMembership {
  /** The name of the binding that answers JQL this class cannot. */
  public static final String DEFERRED = "order-membership-deferred";

  private static final Logger log = LoggerFactory.getLogger(SimpleJqlMembership.class);
  private static final String VALUE = "(\"[^\"]*\"|'[^']*'|[^\\s\"'()]+)";
  private static final Pattern SIMPLE =
      Pattern.compile(
          "\\s*project\\s*=\\s*"
              + VALUE
              + "(?:\\s+and\\s+(?:issuetype|type)\\s*=\\s*"
              + VALUE
              + ")?\\s*(?:order\\s+by\\s+.*)?",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** A parsed simple JQL. */
  record Rule(String project, Optional<String> issueType) {}

  private final Optional<Rule> rule;
  private final OrderMembership deferred;

  @Inject
  public SimpleJqlMembership(OrdersConfig config, @Named(DEFERRED) OrderMembership deferred) {
    this.rule = parse(config.jql());
    this.deferred = deferred;
    if (rule.isEmpty()) {
      log.warn(
          "orders.jql is not of the form project = X [AND issuetype = Y]; order membership is"
              + " decided by {}",
          deferred.getClass().getSimpleName());
    }
  }

  static Optional<Rule> parse(String jql) {
    Matcher m = SIMPLE.matcher(jql);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rule(
            unquote(m.group(1)),
            Optional.ofNullable(m.group(2)).map(SimpleJqlMembership::unquote)));
  }

  @Override
  public boolean isOrder(OrderCandidate issue) {
    if (rule.isEmpty()) {
      return deferred.isOrder(issue);
    }
    Rule r = rule.get();
    boolean project =
        r.project().equalsIgnoreCase(issue.projectKey())
            || r.project().equalsIgnoreCase(issue.projectName())
            || r.project().equals(issue.projectId());
    boolean type =
        r.issueType()
            .map(t -> t.equalsIgnoreCase(issue.issueType()) || t.equals(issue.issueTypeId()))
            .orElse(true);
    return project && type;
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
