package org.learningoffice.feedforward;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.writeback.CommentOnce;
import org.learningoffice.writeback.FacetWords;

/**
 * The comment "Lessons from earlier orders": per lesson its title, its first line, unit · type and
 * the earlier order's key as a link to that ticket; then the page with each in full. Built as a
 * {@link Document}, so each deployment's renderer (ADF on Cloud, wiki markup on Data Center)
 * escapes every piece of user text. Ends with the reference {@code lo.related.<issue id>} (a later
 * ranking round's comment, naming only the lessons new to the order: {@code
 * lo.related.<round>.<issue id>}) that finds it again after a lost answer.
 */
final class RelatedComment {
  static final String HEADING = "Lessons from earlier orders";
  static final String PAGE_TITLE = "Lessons from earlier orders — read and vote";
  private static final int LINE_CHARS = 160;

  private RelatedComment() {}

  static String marker(String issueId) {
    return "lo.related." + issueId;
  }

  /**
   * The reference of round {@code round}'s comment: round 1's is {@link #marker(String)}; a later
   * round's, {@code lo.related.<round>.<issue id>}, neither holds another round's reference line
   * nor is held by one, so a lost answer finds only its own comment.
   */
  static String marker(String issueId, int round) {
    return round == 1 ? marker(issueId) : "lo.related." + round + "." + issueId;
  }

  static Document of(
      List<Lesson> lessons, List<String> issueKeys, URI jiraBase, URI page, String marker) {
    List<Paragraph> items = new ArrayList<>();
    for (int i = 0; i < lessons.size(); i++) {
      Lesson lesson = lessons.get(i);
      String key = issueKeys.get(i);
      items.add(
          Paragraph.of(
              Document.strong(lesson.title()),
              Document.text(
                  " — "
                      + firstLine(lesson.text())
                      + " ("
                      + FacetWords.unit(lesson.unit().value())
                      + " · "
                      + FacetWords.type(lesson.type().value())
                      + ", from "),
              Document.link(key, browse(jiraBase, key)),
              Document.text(")")));
    }
    return Document.of(
        Paragraph.of(Document.strong(HEADING)),
        new Document.BulletList(items),
        Paragraph.of(
            Document.text("Each in full, and whether it helped: "),
            Document.link(PAGE_TITLE, page)),
        Paragraph.of(Document.text(CommentOnce.referenceLine(marker))));
  }

  /**
   * The first line of a lesson's text, cut at {@value #LINE_CHARS} characters (code points, so an
   * emoji is one and never cut in two).
   */
  static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    if (line.codePointCount(0, line.length()) <= LINE_CHARS) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, LINE_CHARS - 1)).strip() + "…";
  }

  static URI browse(URI jiraBase, String issueKey) {
    String base = jiraBase.toString().replaceAll("/+$", "");
    return URI.create(base + "/browse/" + issueKey);
  }
}
