package org.learningoffice.action.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.learningoffice.action.LessonActions;
import org.learningoffice.office.OfficeAccess;
import org.learningoffice.office.OfficePages;
import org.learningoffice.office.OfficeRoutes;
import org.learningoffice.office.SameOrigin;
import org.learningoffice.web.RouteContributor;

/**
 * {@code POST /office/actions/{id}/done}: a lead marks an action without a Jira issue done from the
 * dashboard (office session or bearer token, and from this site only). Done already: the same
 * answer, a 303 back to the dashboard's open actions; an action with an issue: 409, its issue's
 * status decides; an unknown id: 404.
 */
final class MarkDoneRoutes implements RouteContributor {
  private final OfficeAccess access;
  private final SameOrigin sameOrigin;
  private final LessonActions actions;
  private final OfficePages pages;

  @Inject
  MarkDoneRoutes(
      OfficeAccess access, SameOrigin sameOrigin, LessonActions actions, OfficePages pages) {
    this.access = access;
    this.sameOrigin = sameOrigin;
    this.actions = actions;
    this.pages = pages;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.post("/office/actions/{id}/done", this::markDone);
  }

  private void markDone(Context ctx) {
    OfficeRoutes.PAGE.apply(ctx);
    if (!access.allows(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      problem(
          ctx,
          401,
          true,
          "Log in to mark actions done",
          "Marking an action done needs the office access token: log in, then press the button"
              + " again.");
      return;
    }
    if (!sameOrigin.accepts(ctx)) {
      problem(
          ctx,
          403,
          false,
          "Action not marked done",
          "The request was sent from another site. Press \"Mark done\" on the dashboard.");
      return;
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      id = -1;
    }
    switch (actions.markDone(id)) {
      case MARKED, DONE_ALREADY -> ctx.status(303).header("Location", "/office#open-actions");
      case HAS_ISSUE ->
          problem(
              ctx,
              409,
              false,
              "Action not marked done",
              "This action has a Jira issue: it is done when its issue is done in Jira.");
      case UNKNOWN ->
          problem(
              ctx,
              404,
              false,
              "No such action",
              "There is no action "
                  + ctx.pathParam("id")
                  + ". Open the dashboard again and press \"Mark done\" next to the action.");
    }
  }

  private void problem(Context ctx, int status, boolean refused, String heading, String reason) {
    ctx.status(status)
        .html(refused ? pages.refusal(heading, reason) : pages.problem(heading, reason));
  }
}
