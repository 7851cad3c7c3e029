package org.learningoffice.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /}: a small page saying what this service is and where to go: the learning office
 * dashboard, health, metrics, and any {@link HomeLinks} (the demo's sandbox tickets).
 */
final class HomeRoutes implements RouteContributor {
  private static final PagePolicy PAGE =
      new PagePolicy(
          "no-referrer",
          "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'");

  private final HtmlTemplates templates = new HtmlTemplates("templates/web");
  private final HomeLinks links;

  @Inject
  HomeRoutes(HomeLinks links) {
    this.links = links;
  }

  @Override
  public void addRoutes(RoutesConfig routes) {
    routes.get("/", this::home);
  }

  private void home(Context ctx) {
    PAGE.apply(ctx);
    List<Map<String, Object>> extra =
        links.links().entrySet().stream()
            .map(e -> Map.<String, Object>of("label", e.getKey(), "url", e.getValue().toString()))
            .toList();
    ctx.html(templates.render("home", Map.of("heading", links.heading(), "links", extra)));
  }
}
