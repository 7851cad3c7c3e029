package org.learningoffice.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.config.JiraCredentials;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraPermission;
import org.learningoffice.jira.JiraTlsException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.JiraUser;
import org.learningoffice.jira.Jql;
import org.learningoffice.jira.SearchQuery;
import org.learningoffice.jira.ServerInfo;

/**
 * Checks what the service needs from Jira: the site answers and is the configured kind, the
 * credentials work, the account has the permissions it needs, the orders JQL runs, and every mapped
 * field exists.
 */
final class JiraChecks {
  /** What attaching forms and writing back needs on every order ticket. */
  static final Set<JiraPermission> NEEDED =
      EnumSet.of(
          JiraPermission.BROWSE_PROJECTS,
          JiraPermission.ADD_COMMENTS,
          JiraPermission.EDIT_ISSUES,
          JiraPermission.LINK_ISSUES);

  /** How many order projects the permissions check looks for. */
  private static final int MAX_PROJECTS = 20;

  private final JiraClient jira;
  private final JiraConfig jiraConfig;
  private final OrdersConfig orders;

  JiraChecks(JiraClient jira, JiraConfig jiraConfig, OrdersConfig orders) {
    this.jira = jira;
    this.jiraConfig = jiraConfig;
    this.orders = orders;
  }

  /**
   * What the Jira checks found, and the account Jira signed the service in as (none when Jira did
   * not answer or took no credentials), for the checks that ask Jira more.
   */
  record Outcome(List<CheckResult> results, Optional<JiraUser> signedIn) {
    Outcome {
      results = List.copyOf(results);
    }
  }

  Outcome run() {
    List<CheckResult> results = new ArrayList<>();
    Optional<ServerInfo> server = serverInfo(results);
    if (server.isEmpty()) {
      results.add(
          CheckResult.skip("jira checks", "the remaining Jira checks need a reachable Jira"));
      return new Outcome(results, Optional.empty());
    }
    Optional<JiraUser> me = signIn(results);
    if (me.isEmpty()) {
      results.add(
          CheckResult.skip("jira checks", "the remaining Jira checks need a working sign-in"));
      return new Outcome(results, Optional.empty());
    }
    Optional<Issue> sample = ordersJql(results);
    boolean ordersJqlRuns = results.get(results.size() - 1).status() != CheckResult.Status.FAIL;
    if (ordersJqlRuns) {
      closedStatuses(results);
    } else if (!orders.closedStatuses().isEmpty()) {
      // a query built on a JQL Jira refused would blame orders.closedStatuses for its fault
      results.add(CheckResult.skip("closed statuses", "needs an orders.jql that Jira runs"));
    }
    results.add(
        ordersJqlRuns
            ? permissions(me.get(), sample.map(this::orderProjects).orElse(List.of()))
            : CheckResult.skip(
                "jira permissions",
                "asked of the order projects, which need an orders.jql that Jira runs"));
    fields(results);
    return new Outcome(results, me);
  }

  private Optional<ServerInfo> serverInfo(List<CheckResult> results) {
    try {
      ServerInfo info = jira.server().serverInfo();
      Deployment actual = info.deployment();
      results.add(
          CheckResult.ok(
              "jira",
              (actual == Deployment.CLOUD ? "Jira Cloud " : "Jira Data Center ")
                  + info.version()
                  + " at "
                  + jiraConfig.baseUrl()));
      JiraConfig.JiraDeployment configured = jiraConfig.deployment();
      boolean mismatch =
          (configured == JiraConfig.JiraDeployment.CLOUD && actual != Deployment.CLOUD)
              || (configured == JiraConfig.JiraDeployment.DATACENTER
                  && actual != Deployment.DATA_CENTER);
      if (mismatch) {
        results.add(
            CheckResult.fail(
                "jira deployment",
                "jira.deployment is "
                    + configured.name().toLowerCase(java.util.Locale.ROOT)
                    + " but the site reports "
                    + info.deploymentType()
                    + "; correct jira.deployment or leave it out to detect it"));
      }
      return Optional.of(info);
    } catch (JiraUnavailableException e) {
      results.add(
          CheckResult.fail(
              "jira", e.getMessage() + "; check jira.baseUrl and that this machine can reach it"));
    } catch (JiraTlsException e) {
      // Jira was never reached: its certificate (or name) is the fault, not the address's kind
      results.add(CheckResult.fail("jira", e.getMessage()));
    } catch (JiraException e) {
      results.add(
          e.status() == 401
              // Jira Cloud refuses wrong credentials even on serverInfo, which needs none
              ? CheckResult.fail(
                  "jira sign-in",
                  "Jira refused the credentials (401 to serverInfo); check "
                      + credentialKeys()
                      + ", then that jira.baseUrl is the Jira site's address")
              : CheckResult.fail(
                  "jira", e.getMessage() + "; is jira.baseUrl the address of a Jira site?"));
    } catch (IllegalArgumentException e) {
      results.add(CheckResult.fail("jira", e.getMessage()));
    }
    return Optional.empty();
  }

  private Optional<JiraUser> signIn(List<CheckResult> results) {
    try {
      JiraUser me = jira.account().myself();
      results.add(
          CheckResult.ok("jira sign-in", "as " + me.displayName() + " (" + me.id().value() + ")"));
      return Optional.of(me);
    } catch (JiraException e) {
      results.add(
          CheckResult.fail(
              "jira sign-in",
              "Jira refused the credentials ("
                  + e.status()
                  + "); check "
                  + credentialKeys()
                  + (e.status() == 403 ? " and that the account may use the REST API" : "")));
    } catch (JiraUnavailableException e) {
      results.add(CheckResult.fail("jira sign-in", e.getMessage()));
    } catch (IllegalStateException noAccount) {
      // myself answered 200 without an account: the credentials did not reach Jira
      results.add(
          CheckResult.fail(
              "jira sign-in",
              "Jira's answer to myself names no account, as for a visitor not signed in; check "
                  + credentialKeys()
                  + ", and that jira.baseUrl is the Jira site itself, not a proxy that drops the"
                  + " Authorization header"));
    }
    return Optional.empty();
  }

  /** The settings the service signs in with. */
  private String credentialKeys() {
    return jiraConfig.credentials() instanceof JiraCredentials.PersonalAccessToken
        ? "jira.personalAccessToken"
        : "jira.email and jira.apiToken";
  }

  private Optional<Issue> ordersJql(List<CheckResult> results) {
    try {
      long count = jira.search().count(orders.jql());
      Optional<Issue> sample =
          jira.search().issues(SearchQuery.of(orders.jql()).withPageSize(1)).findFirst();
      results.add(
          count == 0
              ? CheckResult.warn(
                  "orders jql",
                  "runs, but matches no ticket; check orders.jql and that the account can browse"
                      + " the order project")
              : CheckResult.ok("orders jql", "runs and matches " + count + " ticket(s)"));
      return sample;
    } catch (JiraException e) {
      results.add(
          CheckResult.fail(
              "orders jql",
              "Jira cannot run orders.jql ("
                  + String.join(
                      "; ",
                      e.errorMessages().isEmpty() ? List.of(e.getMessage()) : e.errorMessages())
                  + "); fix orders.jql, e.g. project = ORD AND issuetype = \"Customer Order\""));
    } catch (JiraUnavailableException e) {
      results.add(CheckResult.fail("orders jql", e.getMessage()));
    }
    return Optional.empty();
  }

  /**
   * Whether Jira knows every status of {@code orders.closedStatuses}: JQL refuses a status no
   * workflow has, so a misspelt one would make every backfill fail.
   */
  private void closedStatuses(List<CheckResult> results) {
    List<String> statuses = orders.closedStatuses();
    if (statuses.isEmpty()) {
      return;
    }
    String listed = String.join(", ", statuses);
    try {
      long count =
          jira.search()
              .count(
                  "("
                      + Jql.withoutOrderBy(orders.jql()).strip()
                      + ") AND "
                      + Jql.in("status", statuses));
      results.add(
          CheckResult.ok(
              "closed statuses",
              listed + " known to Jira; " + count + " order(s) in them now, besides Done"));
    } catch (JiraException e) {
      results.add(
          CheckResult.fail(
              "closed statuses",
              "Jira does not accept orders.closedStatuses ["
                  + listed
                  + "] ("
                  + String.join(
                      "; ",
                      e.errorMessages().isEmpty() ? List.of(e.getMessage()) : e.errorMessages())
                  + "); use the names of statuses of the order workflow, as Jira shows them"));
    } catch (JiraUnavailableException e) {
      results.add(CheckResult.fail("closed statuses", e.getMessage()));
    }
  }

  /**
   * The projects of the order tickets, {@code sample}'s first: each further search asks for an
   * order outside the projects found so far, so that an orders JQL over several projects has each
   * of them checked, at {@value #MAX_PROJECTS} searches at most.
   */
  private List<String> orderProjects(Issue sample) {
    List<String> projects = new ArrayList<>(List.of(projectOf(sample)));
    String ordersJql = "(" + Jql.withoutOrderBy(orders.jql()).strip() + ")";
    try {
      while (projects.size() < MAX_PROJECTS) {
        Optional<String> another =
            jira.search()
                .issues(
                    SearchQuery.of(ordersJql + " AND NOT " + Jql.in("project", projects))
                        .withPageSize(1))
                .findFirst()
                .map(JiraChecks::projectOf);
        if (another.isEmpty() || projects.contains(another.get())) {
          break;
        }
        projects.add(another.get());
      }
    } catch (JiraException | JiraUnavailableException e) {
      // the projects found so far are still checked; the orders JQL itself already ran
    }
    return List.copyOf(projects);
  }

  private static String projectOf(Issue issue) {
    return issue.key().substring(0, issue.key().lastIndexOf('-'));
  }

  /**
   * What of {@link #NEEDED} the signed-in account may not do in {@code project} ({@code
   * "ADD_COMMENTS, EDIT_ISSUES in project SVC"}), or empty when it may do all of it.
   */
  static Optional<String> lacking(JiraClient jira, String project) {
    Set<JiraPermission> missing = jira.account().permissions(project, NEEDED).missing(NEEDED);
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            missing.stream().map(Enum::name).collect(Collectors.joining(", "))
                + " in project "
                + project);
  }

  private CheckResult permissions(JiraUser me, List<String> projects) {
    if (projects.isEmpty()) {
      // asked without a project, Jira says yes when any project grants a permission
      return CheckResult.warn(
          "jira permissions",
          "not checked: orders.jql matches no ticket, so there is no order project to ask about;"
              + " run check again once it matches one");
    }
    try {
      List<String> lacking = new ArrayList<>();
      for (String project : projects) {
        lacking(jira, project).ifPresent(lacking::add);
      }
      if (lacking.isEmpty()) {
        return CheckResult.ok(
            "jira permissions",
            me.displayName()
                + " may "
                + NEEDED.stream().map(JiraChecks::describe).collect(Collectors.joining(", "))
                + (projects.size() == 1 ? " in project " : " in projects ")
                + String.join(", ", projects));
      }
      return CheckResult.fail(
          "jira permissions",
          me.displayName()
              + " lacks "
              + String.join("; ", lacking)
              + "; grant them to the account in the order project's permission scheme");
    } catch (JiraException | JiraUnavailableException e) {
      return CheckResult.fail("jira permissions", e.getMessage());
    }
  }

  private void fields(List<CheckResult> results) {
    List<String[]> mapped = new ArrayList<>();
    if (orders.strategy() instanceof OrdersConfig.StrategyMapping.FromField field) {
      mapped.add(new String[] {"orders.strategy.field", field.fieldId()});
    }
    orders
        .customerFieldIfSet()
        .ifPresent(id -> mapped.add(new String[] {"orders.customer.field", id}));
    if (mapped.isEmpty()) {
      return;
    }
    try {
      var fields = jira.fields().fields();
      for (String[] entry : mapped) {
        results.add(
            fields.stream()
                .filter(f -> f.id().equals(entry[1]))
                .findFirst()
                .map(f -> CheckResult.ok(entry[0], entry[1] + " is \"" + f.name() + "\""))
                .orElseGet(
                    () ->
                        CheckResult.fail(
                            entry[0],
                            "Jira has no field "
                                + entry[1]
                                + "; find the id under Jira settings > Issues > Custom fields")));
      }
    } catch (JiraException | JiraUnavailableException e) {
      results.add(CheckResult.fail("jira fields", e.getMessage()));
    }
  }

  private static String describe(JiraPermission permission) {
    return switch (permission) {
      case BROWSE_PROJECTS -> "browse";
      case ADD_COMMENTS -> "comment";
      case EDIT_ISSUES -> "edit issues";
      case LINK_ISSUES -> "link issues";
      case CREATE_ISSUES -> "create issues";
    };
  }
}
