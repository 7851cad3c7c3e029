package org.learningoffice.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
 * &limit=&offset=}.
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
    LessonSearch.Filter filter =
        OfficeFilter.parse(ctx::queryParam)
            .search(
                zone,
                number(ctx, "limit", 100, 1, LessonSearch.MAX_LIMIT),
                number(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    List<Map<String, String>> lessons =
        search.find(filter).stream().map(LessonWithOrder::fields).toList();
    ctx.json(Map.of("lessons", lessons, "count", lessons.size()));
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
