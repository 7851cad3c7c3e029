package org.learningoffice.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.digest.DigestService;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.RouteContributor;

/**
 * The learning office's API, behind {@link ApiAccess}: {@code GET /api/digest/{week}} (the digest
 * model as JSON) and {@code GET /api/lessons?week=&unit=&type=&strategy=&priority=&stage=&text=
 * &limit=&offset=&cursor=}: a page of lessons, newest first, with the cursor of the next page.
 */
public final class OfficeApiRoutes implements RouteContributor {
  private final ApiAccess access;
  private final DigestService digests;
  private final LessonSearch search;
  private final ZoneId zone;

  @Inject
  OfficeApiRoutes(
      ApiAccess access, DigestService digests, LessonSearch search, DigestConfig config) {
    this(access, digests, search, config.zone());
  }

  public OfficeApiRoutes(
      ApiAccess access, DigestService digests, LessonSearch search, ZoneId zone) {
    this.access = access;
    this.digests = digests;
    this.search = search;
    this.zone = zone;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/api/digest/{week}", this::digest);
    routes.get("/api/lessons", this::lessons);
  }

  private void digest(Context ctx) {
    access.require(ctx);
    IsoWeek week = OfficeFilter.week(ctx.pathParam("week"));
    ctx.contentType("application/json").result(digests.json(digests.build(week)));
  }

  private void lessons(Context ctx) {
    access.require(ctx);
    Optional<LessonSearch.Cursor> after = cursor(ctx);
    LessonSearch.Filter filter =
        OfficeFilter.parse(ctx::queryParam)
            .search(
                zone,
                number(ctx, "limit", 100, 1, LessonSearch.MAX_LIMIT),
                number(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    LessonSearch.Page page = search.page(filter, after);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lessons", page.lessons().stream().map(LessonWithOrder::fields).toList());
    body.put("count", page.lessons().size());
    page.next().ifPresent(next -> body.put("next", next.encode()));
    ctx.json(body);
  }

  private static Optional<LessonSearch.Cursor> cursor(Context ctx) {
    String v = ctx.queryParam("cursor");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (ctx.queryParam("offset") != null) {
      throw HttpError.badRequest("cursor and offset cannot be combined: a cursor is the position");
    }
    try {
      return Optional.of(LessonSearch.Cursor.parse(v));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("cursor must be the \"next\" value of an earlier page");
    }
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw HttpError.badRequest(name + " must be a whole number in " + min + ".." + max);
  }
}
