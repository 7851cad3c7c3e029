package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.web.HtmlTemplates;
import org.learningoffice.writeback.FacetWords;

/**
 * Renders the related-lessons page ({@code templates/feedforward/*.peb}); autoescaping is on, so
 * every title, text and name is HTML-escaped, and the model holds plain strings only.
 */
final class RelatedPages {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final HtmlTemplates templates = new HtmlTemplates("templates/feedforward");
  private final JiraConfig jira;

  @Inject
  RelatedPages(JiraConfig jira) {
    this.jira = jira;
  }

  /**
   * The page; {@code voted}, the public id of the lesson just voted on (or empty), has its chosen
   * button focused, so a keyboard or screen-reader user is back where they voted.
   */
  String page(RelatedView view, String voted) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("token", view.token());
    model.put("csrf", view.csrf());
    model.put("nonce", view.nonce());
    model.put(
        "order",
        Map.of(
            "key", view.order().issueKey(),
            "summary", view.order().summary(),
            "url", RelatedComment.browse(jira.baseUrl(), view.order().issueKey()).toString()));
    model.put(
        "lessons",
        view.lessons().stream()
            .map(r -> lesson(r, view.votes().get(r.lesson().lesson().id()), voted))
            .toList());
    return templates.render("related", model);
  }

  String problem(String heading, String advice) {
    return templates.render("problem", Map.of("heading", heading, "advice", advice));
  }

  private Map<String, Object> lesson(RankedLesson ranked, Vote vote, String voted) {
    Lesson l = ranked.lesson().lesson();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.publicId());
    m.put("title", l.title());
    m.put("text", l.text());
    m.put("action", l.proposedAction().orElse(""));
    m.put("author", l.author());
    m.put("date", DAY.format(l.createdAt()));
    m.put("stage", l.stage().map(HtmlTemplates::label).orElse(""));
    m.put("unit", FacetWords.unit(l.unit().value()));
    m.put("type", FacetWords.type(l.type().value()));
    m.put(
        "direction",
        l.direction().value() == Direction.FOR ? "learning for orders" : "learning from orders");
    m.put("recurrent", l.recurrence() == Recurrence.RECURRENT);
    m.put("orderKey", ranked.lesson().issueKey());
    m.put("orderUrl", RelatedComment.browse(jira.baseUrl(), ranked.lesson().issueKey()).toString());
    m.put("vote", vote == null ? "" : vote == Vote.HELPED ? "helped" : "not relevant");
    m.put("voteValue", vote == null ? "" : vote.formValue());
    m.put("focus", l.publicId().equals(voted));
    return m;
  }
}
