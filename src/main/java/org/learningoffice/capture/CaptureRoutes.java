package org.learningoffice.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.learningoffice.classify.LessonSuggestions;
import org.learningoffice.web.Asset;
import org.learningoffice.web.Cookie;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.PagePolicy;
import org.learningoffice.web.RequestBody;
import org.learningoffice.web.RouteContributor;

/**
 * The lesson form's HTTP face: {@code GET /capture/{token}} (the form), {@code POST
 * /capture/{token}} (a lesson; 200 confirmation, 422 the form again with per-field messages, 413
 * body too large, 403 bad link or CSRF with what was written given back to copy), {@code POST
 * /capture/{token}/action} (a Jira issue for a stored lesson's proposed action; the form again with
 * the lesson being written and a notice, also as 404 no such lesson and 409 nothing to create; 403
 * bad link or CSRF with what was written given back to copy), {@code POST /capture/{token}/suggest}
 * (JSON suggestions; none for a lesson with neither title nor text) and the form's stylesheet and
 * script. Handlers parse, call {@link LessonCapture}, render.
 */
final class CaptureRoutes implements RouteContributor {
  /**
   * The link's token is a capability: no referrer may carry it away, no cache keep it; scripts and
   * styles only from here, and no framing.
   */
  private static final PagePolicy PAGE =
      new PagePolicy(
          "no-referrer",
          "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
              + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

  private static final Cookie BROWSER_KEY =
      new Cookie(CsrfTokens.COOKIE, "/capture", "Lax", Optional.empty());

  private final LessonCapture capture;
  private final CapturePages pages;
  private final RequestBody body;
  private final ObjectMapper json;

  @Inject
  CaptureRoutes(LessonCapture capture, CapturePages pages, RequestBody body, ObjectMapper json) {
    this.capture = capture;
    this.pages = pages;
    this.body = body;
    this.json = json;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/capture/{token}", this::form);
    routes.post("/capture/{token}", this::submit);
    routes.post("/capture/{token}/action", this::requestActionIssue);
    routes.post("/capture/{token}/suggest", this::suggest);
    routes.get("/assets/capture.js", new Asset("capture.js", "text/javascript")::serve);
    routes.get("/assets/capture.css", new Asset("capture.css", "text/css")::serve);
  }

  private void form(Context ctx) {
    PAGE.apply(ctx);
    try {
      String browserKey = browserKey(ctx);
      ctx.html(pages.form(capture.blankForm(ctx.pathParam("token"), browserKey)));
    } catch (FormLinkRefused e) {
      refused(ctx, e);
    }
  }

  private void submit(Context ctx) {
    PAGE.apply(ctx);
    Optional<byte[]> read = formBody(ctx);
    if (read.isEmpty()) {
      return;
    }
    byte[] raw = read.get();
    FormFields written = FormFields.parse(raw);
    try {
      Submission outcome =
          capture.submit(
              ctx.pathParam("token"),
              written,
              FormFields.again(raw),
              ctx.cookie(CsrfTokens.COOKIE));
      if (outcome instanceof Submission.Stored stored) {
        ctx.html(pages.stored(stored));
      } else if (outcome instanceof Submission.Rejected rejected) {
        ctx.status(422).html(pages.form(rejected.page()));
      }
    } catch (FormLinkRefused e) {
      // what the person wrote is not stored, so it is given back to copy
      ctx.status(403).html(pages.unsaved(e.getMessage(), written, FormFields.again(raw)));
    }
  }

  private void requestActionIssue(Context ctx) {
    PAGE.apply(ctx);
    // the lesson being written comes along (the form's script adds it), to be shown again, also
    // when no issue can be asked for
    Optional<byte[]> read = formBody(ctx);
    if (read.isEmpty()) {
      return;
    }
    byte[] raw = read.get();
    FormFields draft = FormFields.parse(raw);
    try {
      FormPage page =
          capture.requestActionIssue(
              ctx.pathParam("token"),
              draft,
              FormFields.again(raw),
              FormFields.first(raw, "lesson"),
              ctx.cookie(CsrfTokens.COOKIE));
      ctx.status(page.actions().notice().map(ActionNotice::status).orElse(200))
          .html(pages.form(page));
    } catch (FormLinkRefused e) {
      ctx.status(403).html(pages.unsaved(e.getMessage(), draft, FormFields.again(raw)));
    }
  }

  private void suggest(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    byte[] raw = body.read(ctx, FormLimits.SUGGEST_BODY_BYTES);
    String expected = "expected JSON {\"title\":..,\"text\":..,\"stage\":..}";
    SuggestRequest request;
    try {
      request = json.readValue(raw, SuggestRequest.class);
    } catch (IOException e) {
      throw HttpError.badRequest(expected);
    }
    if (request == null) { // the body "null" is valid JSON, and no request
      throw HttpError.badRequest(expected);
    }
    LessonSuggestions suggestions;
    try {
      suggestions = capture.suggest(ctx.pathParam("token"), request);
    } catch (FormLinkRefused e) {
      throw new HttpError(403, e.getMessage());
    }
    // the link and sizes are checked above even when nothing is written yet
    ctx.json(SuggestionsAnswer.to(request, suggestions, capture.rulesOnly()));
  }

  /**
   * The body of a lesson form (the action button's carries one too), or empty when it was too large
   * to read: its text cannot be given back, so the page answered says how to fit.
   */
  private Optional<byte[]> formBody(Context ctx) {
    try {
      return Optional.of(body.read(ctx, FormLimits.FORM_BODY_BYTES));
    } catch (HttpError e) {
      tooLarge(ctx, e);
      return Optional.empty();
    }
  }

  private void tooLarge(Context ctx, HttpError e) {
    ctx.status(e.status())
        .html(
            pages.problem(
                "Your lesson is too long to send",
                "The form sends at most "
                    + FormLimits.FORM_BODY_BYTES / 1024
                    + " KiB. Keep the text under "
                    + String.format(java.util.Locale.ROOT, "%,d", FormLimits.TEXT_CHARS)
                    + " characters, go back and send it again."));
  }

  private void refused(Context ctx, FormLinkRefused e) {
    ctx.status(403).html(pages.problem("This form cannot be opened", e.getMessage()));
  }

  /** The browser's CSRF key from its cookie, or a new one set now. */
  private String browserKey(Context ctx) {
    Optional<String> key = BROWSER_KEY.value(ctx).filter(k -> k.matches("[A-Za-z0-9_-]{24}"));
    if (key.isPresent()) {
      return key.get();
    }
    String fresh = capture.newBrowserKey();
    BROWSER_KEY.set(ctx, fresh);
    return fresh;
  }
}
