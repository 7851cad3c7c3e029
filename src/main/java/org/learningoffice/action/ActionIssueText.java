package org.learningoffice.action;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.NewIssue;
import org.learningoffice.lesson.LessonWithOrder;

/**
 * The Jira issue of a proposed action: the action as its summary, and a description naming the
 * lesson and linking its order. All of it is plain text in a {@link Document}, so the lesson's
 * words reach ADF and wiki markup escaped.
 */
final class ActionIssueText {
  /** Every action issue carries this label, so a JQL filter can find them all. */
  static final String LABEL = ActionsConfig.ISSUE_LABEL;

  /** Jira's summary holds 255 characters; the rest of the action is in the description. */
  static final int SUMMARY_CHARS = 200;

  private final ActionsConfig config;
  private final String jiraBase;

  @Inject
  ActionIssueText(ActionsConfig config, JiraConfig jira) {
    this.config = config;
    this.jiraBase = jira.baseUrl().toString().replaceAll("/+$", "");
  }

  NewIssue issue(LessonAction action, LessonWithOrder lesson) {
    String project =
        config.project().orElseThrow(() -> new IllegalStateException("actions.project is not set"));
    return new NewIssue(
        project,
        config.issueType(),
        summary(action.text()),
        description(action, lesson),
        List.of(LABEL, ActionJobs.label(lesson.lesson().publicId())));
  }

  static String summary(String action) {
    String line = action.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (line.isEmpty()) {
      line = "Proposed action";
    }
    if (line.codePointCount(0, line.length()) <= SUMMARY_CHARS) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, SUMMARY_CHARS - 1)).strip() + "…";
  }

  private Document description(LessonAction action, LessonWithOrder lesson) {
    return Document.of(
        Document.Paragraph.of(
            Document.text("Proposed in a lesson learned on order "),
            Document.link(lesson.issueKey(), ticket(lesson.issueKey())),
            Document.text(" (" + lesson.summary() + ") by " + lesson.lesson().author() + ":")),
        Document.Paragraph.of(Document.strong(lesson.lesson().title())),
        Document.Paragraph.of(Document.text(lesson.lesson().text())),
        Document.Heading.of(3, Document.text("Proposed action")),
        Document.Paragraph.of(Document.text(action.text())),
        Document.Paragraph.of(
            Document.text(
                "Learning Office follows this issue: once its status is done, the weekly digest"
                    + " credits the lesson.")));
  }

  private URI ticket(String issueKey) {
    return URI.create(jiraBase + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8));
  }
}
