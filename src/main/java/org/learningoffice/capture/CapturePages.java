package org.learningoffice.capture;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.action.ActionIssue;
import org.learningoffice.classify.Classification;
import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.config.AppConfig;
import org.learningoffice.lesson.FacetChoice;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.SetBy;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.web.HtmlTemplates;

/**
 * Renders the form's pages with Pebble templates ({@code templates/capture/*.peb}). Autoescaping is
 * on, so every value (titles, texts, names, error messages) is HTML-escaped; the models hold plain
 * strings only.
 */
final class CapturePages {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final HtmlTemplates templates;
  private final String jiraBaseUrl;
  private final FormHelp help;

  @Inject
  CapturePages(AppConfig config) {
    this.templates = new HtmlTemplates("templates/capture");
    this.jiraBaseUrl = config.jira().baseUrl().toString().replaceAll("/+$", "");
    this.help =
        new FormHelp(
            config.classify().recurrenceMinSimilar(), config.classify().recurrenceLookBack());
  }

  /** The form, empty or with the values and problems of a rejected submission. */
  String form(FormPage page) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("token", page.token());
    model.put("order", order(page.order()));
    model.put("ticketUrl", ticketUrl(page.order()));
    FormFields v = page.values();
    FormActions actions = page.actions();
    model.put(
        "lessons",
        page.lessons().stream()
            .map(
                l -> {
                  Map<String, Object> lesson = lesson(l);
                  lesson.put("id", l.publicId());
                  lesson.put("issue", actionIssue(actions, actions.issues().get(l.id())));
                  return lesson;
                })
            .toList());
    model.put("actionNotice", actions.notice().map(ActionNotice::text).orElse(""));
    model.put("actionRefused", actions.notice().map(ActionNotice::isRefusal).orElse(false));
    model.put(
        "values",
        Map.of(
            "title", v.title(),
            "text", v.text(),
            "action", v.action(),
            "author", v.author(),
            "csrf", v.csrf(),
            "nonce", v.nonce()));
    model.put("errors", page.errors());
    model.put("hasErrors", !page.errors().isEmpty());
    model.put("problems", ErrorSummary.of(page.errors()));
    model.put("stages", options(Stage.values(), v.stage(), Optional.empty()));
    model.put("stageHelp", FormHelp.STAGE);
    Optional<Classification> c = page.suggestions();
    model.put(
        "facets",
        List.of(
            facet(
                "unit",
                "Unit",
                FormHelp.UNIT,
                Unit.values(),
                v.unit(),
                c.map(Classification::unit)),
            facet(
                "type",
                "Type",
                FormHelp.TYPE,
                LessonType.values(),
                v.type(),
                c.map(Classification::type)),
            facet(
                "direction",
                "Direction",
                FormHelp.DIRECTION,
                Direction.values(),
                v.direction(),
                c.map(Classification::direction))));
    model.put("rulesOnly", page.rulesOnly());
    model.put("limits", limits());
    model.put(
        "related",
        page.related().stream()
            .map(
                r ->
                    Map.of(
                        "id", r.publicId(),
                        "title", r.title(),
                        "issueKey", r.issueKey(),
                        "url",
                            jiraBaseUrl
                                + "/browse/"
                                + URLEncoder.encode(r.issueKey(), StandardCharsets.UTF_8),
                        "checked", page.again().contains(r.publicId())))
            .toList());
    return templates.render("form", model);
  }

  /** The confirmation after a lesson was stored. */
  String stored(Submission.Stored stored) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("token", stored.token());
    model.put("order", order(stored.order()));
    model.put("ticketUrl", ticketUrl(stored.order()));
    model.put("lesson", lesson(stored.lesson()));
    model.put("before", stored.before());
    model.put("similar", stored.similar().stream().map(SimilarEarlier::title).toList());
    model.put(
        "recurrence",
        help.recurrenceLabel(
            stored.lesson().recurrence(),
            stored.similar().size(),
            (int) stored.similar().stream().map(SimilarEarlier::issueKey).distinct().count()));
    model.put("recurrenceHelp", help.recurrence());
    model.put("similarHeading", FormHelp.similarHeading(stored.lesson().recurrence()));
    return templates.render("stored", model);
  }

  /**
   * The page of a refused submission (a bad or expired link, a lost cookie): says that the lesson
   * was not saved and why, and gives back what the person wrote, read-only, to copy: the texts, the
   * stage and facets chosen, and how many earlier lessons were marked "this happened again" (by
   * count only: a refused link may not look up lessons).
   */
  String unsaved(String advice, FormFields written, List<String> again) {
    List<Map<String, Object>> kept = new ArrayList<>();
    keep(kept, "title", "Title", 2, written.title());
    keep(kept, "text", "What you learned", 10, written.text());
    keep(kept, "action", "Proposed action", 4, written.action());
    keep(kept, "author", "Your name", 1, written.author());
    List<Map<String, Object>> chosen = new ArrayList<>();
    chose(chosen, "stage", "Stage", Stage.values(), written.stage());
    chose(chosen, "unit", "Unit", Unit.values(), written.unit());
    chose(chosen, "type", "Type", LessonType.values(), written.type());
    chose(chosen, "direction", "Direction", Direction.values(), written.direction());
    return templates.render(
        "unsaved",
        Map.of("advice", advice, "kept", kept, "chosen", chosen, "againCount", again.size()));
  }

  /** A choice the person made, by its label; an empty or unknown value was no choice. */
  private static <E extends Enum<E>> void chose(
      List<Map<String, Object>> chosen, String name, String label, E[] values, String value) {
    for (E option : values) {
      if (option.name().equals(value)) {
        chosen.add(Map.of("name", name, "label", label, "value", HtmlTemplates.label(option)));
      }
    }
  }

  private static void keep(
      List<Map<String, Object>> kept, String name, String label, int rows, String value) {
    if (!value.isBlank()) {
      kept.add(Map.of("name", name, "label", label, "rows", rows, "value", value));
    }
  }

  /** A page that explains why the request cannot be served and what to do. */
  String problem(String heading, String advice) {
    return templates.render("problem", Map.of("heading", heading, "advice", advice));
  }

  /** The order's ticket in Jira: {@code jira.baseUrl + /browse/KEY}. */
  private String ticketUrl(StoredOrder order) {
    return browseUrl(order.issueKey());
  }

  private String browseUrl(String issueKey) {
    return jiraBaseUrl + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
  }

  /**
   * A lesson's action issue as the form shows it: {@code progress} is empty (no action, or issues
   * are off and none was created), NOT_ASKED (the button), QUEUED, CREATED (key and link) or
   * DONE_WITHOUT_ISSUE.
   */
  private Map<String, Object> actionIssue(FormActions actions, ActionIssue issue) {
    Map<String, Object> model = new LinkedHashMap<>();
    boolean shown =
        issue != null
            && (actions.issuesEnabled() || issue.progress() == ActionIssue.Progress.CREATED);
    model.put("progress", shown ? issue.progress().name() : "");
    model.put("key", shown ? issue.issueKey().orElse("") : "");
    model.put("url", shown ? issue.issueKey().map(this::browseUrl).orElse("") : "");
    return model;
  }

  private static Map<String, Object> limits() {
    return Map.of(
        "title", FormLimits.TITLE_CHARS,
        "text", FormLimits.TEXT_CHARS,
        "action", FormLimits.ACTION_CHARS,
        "author", FormLimits.AUTHOR_CHARS);
  }

  private static Map<String, Object> order(StoredOrder order) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("key", order.issueKey());
    model.put("summary", order.summary());
    model.put("customer", order.customerIfSet().orElse("—"));
    model.put("strategy", order.strategy().name());
    model.put(
        "priority",
        order
            .priorityIfSet()
            .map(p -> p + " (" + HtmlTemplates.label(order.priorityClass()) + ")")
            .orElse(HtmlTemplates.label(order.priorityClass())));
    model.put("closed", order.state().closedAtIfSet().isPresent());
    return model;
  }

  private static Map<String, Object> lesson(Lesson lesson) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", lesson.title());
    model.put("text", lesson.text());
    model.put("author", lesson.author());
    model.put("date", DAY.format(lesson.createdAt()));
    model.put("stage", lesson.stage().map(HtmlTemplates::label).orElse(""));
    model.put(
        "facets",
        List.of(facetText(lesson.unit()), facetText(lesson.type()), facetText(lesson.direction())));
    model.put("action", lesson.proposedAction().orElse(""));
    model.put("timing", HtmlTemplates.label(lesson.timing()));
    return model;
  }

  private static String facetText(FacetChoice<?> choice) {
    return HtmlTemplates.label(choice.value())
        + (choice.setBy() == SetBy.PERSON ? " (chosen)" : " (suggested)");
  }

  private static <E extends Enum<E>> Map<String, Object> facet(
      String name,
      String heading,
      String help,
      E[] values,
      String entered,
      Optional<? extends FacetSuggestion<E>> suggestion) {
    Optional<E> preselected = suggestion.flatMap(FacetSuggestion::preselected);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", name);
    model.put("heading", heading);
    model.put("help", help);
    model.put("options", options(values, entered, preselected));
    // a value sent back that is not the classifier's pre-selection is the person's: the script
    // must not replace it with its next suggestion
    model.put(
        "chosen", !entered.isEmpty() && !preselected.map(Enum::name).orElse("").equals(entered));
    model.put("hint", suggestion.map(SuggestionHint::of).orElse(""));
    return model;
  }

  private static <E extends Enum<E>> List<Map<String, Object>> options(
      E[] values, String entered, Optional<E> preselected) {
    String selected = entered.isEmpty() ? preselected.map(Enum::name).orElse("") : entered;
    List<Map<String, Object>> options = new ArrayList<>();
    for (E value : values) {
      options.add(
          Map.of(
              "value", value.name(),
              "label", HtmlTemplates.label(value),
              "selected", value.name().equals(selected)));
    }
    return options;
  }
}
