package org.learningoffice.office;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.lesson.LessonExport;
import org.learningoffice.lesson.LessonSearch;
import org.learningoffice.web.HttpError;
import org.learningoffice.web.RouteContributor;

/**
 * {@code GET /office/export?format=csv|json&week=&unit=&type=&strategy=&priority=&stage=&text=}:
 * every lesson the dashboard's filters match (not only the 100 it lists), streamed as an attachment
 * named after the week and filters; without a week, lessons of every week. Same access as {@code
 * /office}: a bearer token or an office session, else a 401 page.
 */
public final class OfficeExportRoutes implements RouteContributor {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final OfficeAccess access;
  private final OfficePages pages;
  private final LessonExport export;
  private final ZoneId zone;

  @Inject
  OfficeExportRoutes(
      OfficeAccess access, OfficePages pages, LessonExport export, DigestConfig config) {
    this.access = access;
    this.pages = pages;
    this.export = export;
    this.zone = config.zone();
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/office/export", this::export);
  }

  private void export(Context ctx) {
    OfficeRoutes.PAGE.apply(ctx);
    if (!access.allows(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      ctx.status(401)
          .html(
              pages.refusal(
                  "Log in to export lessons",
                  "The export needs the office access token: log in, or send it as a bearer"
                      + " token.",
                  LoginReturn.of(ctx)));
      return;
    }
    OfficeFilter filter;
    LessonExport.Format format;
    try {
      filter = OfficeFilter.parse(ctx::queryParam);
      format = format(ctx.queryParam("format"));
    } catch (HttpError e) {
      ctx.status(e.status()).html(pages.problem("This export cannot be made", e.getMessage()));
      return;
    }
    String extension = format.name().toLowerCase(Locale.ROOT);
    ctx.contentType(
        format == LessonExport.Format.CSV
            ? "text/csv; charset=utf-8; header=present"
            : "application/json; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + ExportFileName.of(filter) + "." + extension + "\"");
    // limit and offset do not apply to an export
    LessonSearch.Filter search = filter.search(zone, 1, 0);
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      if (format == LessonExport.Format.CSV) {
        // The byte-order mark tells Excel the file is UTF-8; without it "Åsa Öberg" arrives
        // garbled. Only the download has it: `export` on the command line feeds scripts.
        out.write(BYTE_ORDER_MARK);
      }
      export.write(format, search, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LessonExport.Format format(String asked) {
    String given = asked == null ? "" : asked.strip().toUpperCase(Locale.ROOT);
    for (LessonExport.Format f : LessonExport.Format.values()) {
      if (f.name().equals(given)) {
        return f;
      }
    }
    throw HttpError.badRequest("format must be csv or json");
  }
}
