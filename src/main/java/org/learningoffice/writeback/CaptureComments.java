package org.learningoffice.writeback;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.Document.Inline;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.jira.JiraUser;
import org.learningoffice.lesson.Lesson;

/**
 * The comments capture posts, built as {@link Document}s so that every piece of user text (lesson
 * titles, authors, display names) is escaped by the renderer of the deployment. Each ends with a
 * reference ({@code lo.attach.10042}) made only of letters, digits and dots, which no renderer
 * escapes: it finds the comment again when Jira's answer to posting it was lost.
 */
final class CaptureComments {
  static final String LINK_TITLE = "Lessons learned — capture form";

  /** A comment's size limit less room for what Jira adds to a body when it stores it. */
  static final int MAX_COMMENT_CHARS = Document.MAX_FIELD_CHARS - 1_000;

  private CaptureComments() {}

  static String attachMarker(String issueId) {
    return "lo.attach." + issueId;
  }

  static String closedMarker(String issueId) {
    return "lo.closed." + issueId;
  }

  static String reminderMarker(String issueId, int n) {
    return "lo.remind." + issueId + "." + n;
  }

  static String writeBackMarker(long jobId) {
    return "lo.writeback." + jobId;
  }

  static Document formAttached(List<JiraUser> people, URI form, String marker) {
    List<Inline> ask = new ArrayList<>(greeting(people));
    ask.add(Document.text("what did this order teach us? Add your lessons on the "));
    ask.add(Document.link(LINK_TITLE, form));
    ask.add(
        Document.text(
            ": a couple of minutes each, and anyone with the link can add one. They go to the"
                + " learning office's weekly digest."));
    return Document.of(new Paragraph(ask), reference(marker));
  }

  static Document reminder(List<JiraUser> people, URI form, String marker) {
    List<Inline> ask = new ArrayList<>(greeting(people));
    ask.add(Document.text("no lessons yet for this order. If it taught you something, the "));
    ask.add(Document.link(LINK_TITLE, form));
    ask.add(Document.text(" is still open."));
    return Document.of(new Paragraph(ask), reference(marker));
  }

  /**
   * The write-back comment: every lesson that fits in a comment Jira takes ({@link
   * Document#MAX_FIELD_CHARS}, with room to spare), then how many more there are on the form. A
   * write-back takes every lesson not written back yet, which after Jira was down or refused for a
   * while can be many more than one comment holds.
   */
  static Document lessonsCaptured(List<Lesson> lessons, URI form, String marker) {
    Document fits = lessonsCaptured(lessons, 1, form, marker);
    for (int shown = 2; shown <= lessons.size(); shown++) {
      Document more = lessonsCaptured(lessons, shown, form, marker);
      if (more.fieldChars() > MAX_COMMENT_CHARS) {
        break;
      }
      fits = more;
    }
    return fits;
  }

  private static Document lessonsCaptured(
      List<Lesson> lessons, int shown, URI form, String marker) {
    List<Paragraph> items = new ArrayList<>();
    for (Lesson lesson : lessons.subList(0, shown)) {
      items.add(
          Paragraph.of(
              Document.strong(lesson.title()),
              Document.text(
                  " — "
                      + FacetWords.unit(lesson.unit().value())
                      + " · "
                      + FacetWords.type(lesson.type().value())
                      + " · "
                      + FacetWords.direction(lesson.direction().value())
                      + " · by "
                      + lesson.author())));
    }
    String heading =
        lessons.size() == 1 ? "1 new lesson learned" : lessons.size() + " new lessons learned";
    int hidden = lessons.size() - shown;
    return Document.of(
        Paragraph.of(Document.strong(heading)),
        new Document.BulletList(items),
        Paragraph.of(
            Document.text(
                hidden == 0
                    ? "Read them or add more on the "
                    : "… and " + hidden + " more: read them all or add more on the "),
            Document.link(LINK_TITLE, form)),
        reference(marker));
  }

  private static List<Inline> greeting(List<JiraUser> people) {
    if (people.isEmpty()) {
      return List.of(Document.text("Team, "));
    }
    // The colon follows the last mention directly: Jira shows a mention as "@Name", so a space
    // between them would read "@Name :".
    List<Inline> inlines = new ArrayList<>();
    for (JiraUser person : people) {
      if (!inlines.isEmpty()) {
        inlines.add(Document.text(", "));
      }
      inlines.add(Document.mention(person));
    }
    inlines.add(Document.text(": "));
    return inlines;
  }

  /**
   * The closing line that finds a comment again. It ends in a dot so that one reference is never
   * the start of another ({@code lo.writeback.5.} is not in {@code lo.writeback.51.}).
   */
  static String referenceLine(String marker) {
    return "Learning Office ref " + marker + ".";
  }

  private static Paragraph reference(String marker) {
    return Paragraph.of(Document.text(referenceLine(marker)));
  }
}
