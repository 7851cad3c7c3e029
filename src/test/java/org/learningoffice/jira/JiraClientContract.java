package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningoffice.jira.Document.link;
import static org.learningoffice.jira.Document.mention;
import static org.learningoffice.jira.Document.strong;
import static org.learningoffice.jira.Document.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningoffice.jira.Document.BulletList;
import org.learningoffice.jira.Document.Heading;
import org.learningoffice.jira.Document.Paragraph;

/**
 * What the service needs from Jira, written once and run against fake Jiras (Cloud and Data Center,
 * from JSON fixtures) and against a live Jira when one is configured. Subclasses prepare Jira in
 * the {@code given...} hooks and may check more in the {@code then...} hooks; the assertions here
 * hold for any Jira.
 */
abstract class JiraClientContract {
  static final Set<JiraPermission> NEEDED =
      EnumSet.of(
          JiraPermission.BROWSE_PROJECTS,
          JiraPermission.ADD_COMMENTS,
          JiraPermission.EDIT_ISSUES,
          JiraPermission.LINK_ISSUES);

  /** A client for the Jira under test; with {@code detect}, its deployment is not configured. */
  protected abstract JiraClient client(boolean detect);

  protected abstract Deployment expectedDeployment();

  protected abstract void givenServerInfo();

  protected abstract void givenMyself();

  /** Prepares permissions and returns the project to ask about. */
  protected abstract String givenPermissionsInProject();

  protected abstract void givenFields();

  /** Prepares issues to find and returns the query that finds them. */
  protected abstract SearchQuery givenSearch();

  /** Prepares an issue with a changelog and returns its key. */
  protected abstract String givenIssueWithChangelog();

  /** Returns the key of an issue the client may comment on, link from and set properties of. */
  protected abstract String givenIssueToWriteOn();

  /** Returns an issue the client may create. */
  protected abstract NewIssue givenIssueToCreate();

  protected void thenPermissions(MyPermissions permissions) {}

  protected void thenSearchFound(List<Issue> issues) {}

  protected void thenIssueRead(Issue issue) {}

  protected void thenCommentSent(String issueKey) {}

  protected void thenRemoteLinkSentTwice(String issueKey, RemoteLink link) {}

  protected void thenPropertySent(String issueKey, String propertyKey, JsonNode value) {}

  protected void thenIssueCreateSent(NewIssue issue) {}

  protected String propertyKey() {
    return "learning-office";
  }

  protected String globalIdPrefix() {
    return "learning-office:";
  }

  @Test
  void detectsItsDeploymentFromServerInfo() {
    givenServerInfo();

    JiraClient client = client(true);

    assertThat(client.server().deployment()).isEqualTo(expectedDeployment());
    assertThat(client.server().serverInfo().version()).isNotBlank();
  }

  @Test
  void knowsWhoItIs() {
    givenMyself();

    JiraUser me = client(false).account().myself();

    assertThat(me.displayName()).isNotBlank();
    assertThat(me.id())
        .isInstanceOf(
            expectedDeployment() == Deployment.CLOUD
                ? UserId.AccountId.class
                : UserId.Username.class);
  }

  @Test
  void reportsItsPermissionsInAProject() {
    String project = givenPermissionsInProject();

    MyPermissions permissions = client(false).account().permissions(project, NEEDED);

    assertThat(permissions.granted()).containsOnlyKeys(NEEDED);
    assertThat(permissions.has(JiraPermission.BROWSE_PROJECTS)).isTrue();
    thenPermissions(permissions);
  }

  @Test
  void findsTheSummaryField() {
    givenFields();

    Optional<JiraField> summary = client(false).fields().field("summary");

    assertThat(summary).hasValueSatisfying(field -> assertThat(field.custom()).isFalse());
  }

  @Test
  void searchesPageByPage() {
    SearchQuery query = givenSearch();

    List<Issue> issues = client(false).search().issues(query).toList();

    assertThat(issues)
        .allSatisfy(
            issue -> {
              assertThat(issue.key()).isNotBlank();
              assertThat(issue.status().name()).isNotBlank();
              assertThat(issue.status().categoryKey()).isIn("new", "indeterminate", "done");
            });
    assertThat(issues).extracting(Issue::key).doesNotHaveDuplicates();
    thenSearchFound(issues);
  }

  @Test
  void readsAnIssueWithItsChangelog() {
    String key = givenIssueWithChangelog();

    Issue issue = client(false).issues().getWithChangelog(key, List.of("customfield_10050"));

    assertThat(issue.key()).isEqualTo(key);
    assertThat(issue.id()).isNotBlank();
    assertThat(issue.summary()).isNotBlank();
    assertThat(issue.changelog()).allSatisfy(entry -> assertThat(entry.items()).isNotEmpty());
    thenIssueRead(issue);
  }

  @Test
  void addsACommentThatMentionsAndLinks() {
    givenMyself();
    String key = givenIssueToWriteOn();
    JiraClient client = client(false);
    JiraUser me = client.account().myself();

    CommentRef comment =
        client
            .comments()
            .add(
                key,
                Document.of(
                    Heading.of(3, text("Lessons learned")),
                    Paragraph.of(
                        mention(me),
                        text(" please capture what this order taught us: "),
                        link("capture form", URI.create("https://lo.example.com/capture/t0k3n"))),
                    BulletList.of(
                        Paragraph.of(strong("Customer:"), text(" ACME [~admin] {code}x{code}")))));

    assertThat(comment.id()).isNotBlank();
    thenCommentSent(key);
  }

  @Test
  void updatesTheSameRemoteLinkByGlobalId() {
    String key = givenIssueToWriteOn();
    JiraClient client = client(false);
    RemoteLink open =
        new RemoteLink(
            globalIdPrefix() + key,
            "Lessons learned — capture form",
            URI.create("https://lo.example.com/capture/t0k3n"),
            "No lessons yet",
            Optional.of(URI.create("https://lo.example.com/icon-16.png")),
            false);
    RemoteLink resolved =
        new RemoteLink(
            open.globalId(), open.title(), open.url(), "2 lessons", open.iconUrl(), true);

    RemoteLinkRef first = client.remoteLinks().createOrUpdate(key, open);
    RemoteLinkRef second = client.remoteLinks().createOrUpdate(key, resolved);

    assertThat(second.id()).isEqualTo(first.id());
    thenRemoteLinkSentTwice(key, resolved);
  }

  @Test
  void setsAndReadsAnIssueProperty() throws Exception {
    String key = givenIssueToWriteOn();
    JiraClient client = client(false);
    JsonNode value =
        TestJira.JSON.readTree(
            "{\"status\":\"form-attached\",\"lessons\":0,"
                + "\"formUrl\":\"https://lo.example.com/capture/abc\",\"units\":[],\"types\":[]}");

    client.properties().set(key, propertyKey(), value);

    assertThat(client.properties().get(key, propertyKey())).contains(value);
    thenPropertySent(key, propertyKey(), value);
  }

  @Test
  void createsAnIssue() {
    NewIssue issue = givenIssueToCreate();

    IssueRef created = client(false).issues().create(issue);

    assertThat(created.key()).startsWith(issue.projectKey() + "-");
    assertThat(created.id()).isNotBlank();
    thenIssueCreateSent(issue);
  }
}
