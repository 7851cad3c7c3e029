package org.learningoffice.forge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningoffice.capture.FormFields;
import org.learningoffice.capture.IssuePanel;
import org.learningoffice.capture.OrderRelatedLessons;
import org.learningoffice.capture.SuggestRequest;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.RequestBody;
import org.learningoffice.web.RouteContributor;

/**
 * The issue view's calls ({@code invokeRemote} from the panel and the issue context): {@code GET
 * /forge/panel} (the order's lessons, its capture status, the form's choices), {@code GET
 * /forge/context} (lesson count and status), {@code POST /forge/panel/suggest} (live suggestions)
 * and {@code POST /forge/panel/lessons} (201 the lesson stored; 200 with {@code "before": true}
 * when the same person had sent the same lesson already, which is kept as first stored; 422 a
 * message per wrong field). The issue and the user come from the verified token, never from the
 * request.
 */
final class ForgePanelRoutes implements RouteContributor {
  private static final int BODY_BYTES = 256 * 1024;

  private final ForgeCaller caller;
  private final IssuePanel panel;
  private final RequestBody body;
  private final ObjectMapper json;

  @Inject
  ForgePanelRoutes(ForgeCaller caller, IssuePanel panel, RequestBody body, ObjectMapper json) {
    this.caller = caller;
    this.panel = panel;
    this.body = body;
    this.json = json;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/forge/panel", this::view);
    routes.get("/forge/context", this::context);
    routes.post("/forge/panel/suggest", this::suggest);
    routes.post("/forge/panel/lessons", this::submit);
  }

  private void view(Context ctx) {
    IssuePanel.View view = panel.view(caller.panelCall(ctx).issueId());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", view.status().name());
    answer.put("issueKey", view.order().map(o -> o.issueKey()).orElse(null));
    answer.put("lessons", view.lessons().stream().map(ForgePanelRoutes::lesson).toList());
    answer.put("related", view.related().stream().map(ForgePanelRoutes::related).toList());
    answer.put("rulesOnly", view.rulesOnly());
    answer.put(
        "choices",
        Map.of(
            "stage", names(Stage.values()),
            "unit", names(Unit.values()),
            "type", names(LessonType.values()),
            "direction", names(Direction.values())));
    ctx.json(answer);
  }

  private void context(Context ctx) {
    IssuePanel.View view = panel.view(caller.panelCall(ctx).issueId());
    ctx.json(Map.of("lessons", view.lessons().size(), "status", view.status().name()));
  }

  private void suggest(Context ctx) {
    ForgeCaller.PanelCall call = caller.panelCall(ctx);
    ctx.json(panel.suggest(call.issueId(), read(ctx, SuggestRequest.class)));
  }

  private void submit(Context ctx) {
    ForgeCaller.PanelCall call = caller.panelCall(ctx);
    PanelLesson sent = read(ctx, PanelLesson.class);
    IssuePanel.Outcome outcome = panel.submit(call.issueId(), sent.fields(), sent.againOrNone());
    if (outcome.stored().isEmpty()) {
      ctx.status(422)
          .json(Map.of("error", "the lesson has problems, see fields", "fields", outcome.errors()));
      return;
    }
    // the same lesson sent again (Back, then Save) is answered with the lesson kept the first time
    ctx.status(outcome.before() ? 200 : 201)
        .json(
            Map.of(
                "lesson",
                lesson(outcome.stored().get()),
                "before",
                outcome.before(),
                "similar",
                outcome.similar().stream().map(ForgePanelRoutes::similar).toList()));
  }

  private <T> T read(Context ctx, Class<T> type) {
    try {
      T value = json.readValue(body.read(ctx, BODY_BYTES), type);
      if (value == null) {
        throw HttpError.badRequest("expected a JSON object");
      }
      return value;
    } catch (IOException e) {
      throw HttpError.badRequest("expected a JSON object with the form's fields");
    }
  }

  private static Map<String, Object> lesson(Lesson l) {
    Map<String, Object> lesson = new LinkedHashMap<>();
    lesson.put("id", l.publicId());
    lesson.put("title", l.title());
    lesson.put("text", l.text());
    lesson.put("stage", l.stage().map(Enum::name).orElse(null));
    lesson.put("unit", l.unit().value().name());
    lesson.put("type", l.type().value().name());
    lesson.put("direction", l.direction().value().name());
    lesson.put("author", l.author());
    lesson.put("createdAt", l.createdAt().toString());
    return lesson;
  }

  private static Map<String, Object> related(OrderRelatedLessons.Offered r) {
    return Map.of("id", r.publicId(), "title", r.title(), "issueKey", r.issueKey());
  }

  private static Map<String, Object> similar(SimilarEarlier s) {
    return Map.of("title", s.title(), "issueKey", s.issueKey(), "score", s.score());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * The panel form's JSON body: the lesson form's fields, the nonce of this rendering, and the
   * earlier lessons (public ids) marked "this happened again".
   */
  record PanelLesson(
      String title,
      String text,
      String stage,
      String unit,
      String type,
      String direction,
      String action,
      String author,
      String nonce,
      List<String> again) {
    FormFields fields() {
      return new FormFields(title, text, stage, unit, type, direction, action, author, "", nonce);
    }

    List<String> againOrNone() {
      return again == null ? List.of() : again.stream().filter(Objects::nonNull).toList();
    }
  }
}
