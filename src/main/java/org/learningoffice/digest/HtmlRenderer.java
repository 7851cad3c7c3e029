package org.learningoffice.digest;

import static org.learningoffice.web.HtmlText.escape;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.learningoffice.digest.Outline.Bar;
import org.learningoffice.digest.Outline.Bars;
import org.learningoffice.digest.Outline.Block;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Section;
import org.learningoffice.digest.Outline.Span;
import org.learningoffice.digest.Outline.Table;

/**
 * The digest as an HTML e-mail: table layout and inline CSS only (Outlook and Gmail drop style
 * sheets), bars as table cells with a background colour, every piece of text entity-escaped.
 */
public final class HtmlRenderer {
  private static final String FONT = "font-family:Arial,Helvetica,sans-serif;color:#222222;";
  private static final String BAR_COLOUR = "#2f6fb3";

  private final DigestChart chart;

  @Inject
  public HtmlRenderer(DigestChart chart) {
    this.chart = chart;
  }

  /**
   * The page for a browser (files, previews): the chart embedded as a {@code data:} URI, and an
   * unsubscribe link in its footer when one is given.
   */
  public String render(Digest digest, Optional<URI> unsubscribe) {
    return render(digest, unsubscribe, chart.dataUri(digest));
  }

  /**
   * The page with the chart's image taken from {@code chartSrc} (e-mail: {@code cid:} of an inline
   * part, see {@link #chartContentId}); no image when it is empty.
   */
  public String render(Digest digest, Optional<URI> unsubscribe, Optional<String> chartSrc) {
    Outline outline = OutlineBuilder.outline(digest);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(outline.title()))
        .append("</title></head>\n<body style=\"margin:0;padding:0;background:#f3f4f6;\">\n")
        .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(" border=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\">\n")
        .append("<table role=\"presentation\" width=\"640\" cellpadding=\"16\" cellspacing=\"0\"")
        // a long link or word wraps instead of widening the page on a phone
        .append(" border=\"0\" style=\"background:#ffffff;width:100%;max-width:640px;")
        .append("overflow-wrap:anywhere;word-break:break-word;")
        .append(FONT)
        .append("\">\n<tr><td><h1 style=\"font-size:20px;margin:0;")
        .append(FONT)
        .append("\">")
        .append(escape(outline.title()))
        .append("</h1></td></tr>\n");
    sections(h, outline.top());
    chartSrc.ifPresent(
        src ->
            h.append("<tr><td><img src=\"")
                .append(escape(src))
                .append("\" alt=\"")
                .append(escape(chart.description(digest)))
                .append("\" width=\"")
                .append(DigestChart.WIDTH)
                .append("\" height=\"")
                .append(chart.height(digest))
                .append("\" style=\"display:block;width:100%;max-width:")
                .append(DigestChart.WIDTH)
                .append("px;height:auto;border:0;\"></td></tr>\n"));
    sections(h, outline.rest());
    h.append("<tr><td style=\"font-size:12px;color:#666666;\">Sent by Learning Office.");
    unsubscribe.ifPresent(
        u ->
            h.append(" <a href=\"")
                .append(escape(u.toString()))
                .append("\" style=\"color:#666666;\">Unsubscribe</a>"));
    h.append("</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n");
    return h.toString();
  }

  /** The Content-ID of the chart's inline part in the e-mail of a week. */
  public static String chartContentId(IsoWeek week) {
    return "chart-" + week + "@learning-office";
  }

  private static void sections(StringBuilder h, java.util.List<Section> sections) {
    for (Section section : sections) {
      h.append(
              "<tr><td><h2 style=\"font-size:16px;margin:0 0 8px 0;border-bottom:1px solid #dddddd;")
          .append(FONT)
          .append("\">")
          .append(escape(section.title()))
          .append("</h2>\n");
      for (Block block : section.blocks()) {
        block(h, block);
      }
      h.append("</td></tr>\n");
    }
  }

  private static void block(StringBuilder h, Block block) {
    if (block instanceof Para p) {
      h.append("<p style=\"margin:0 0 8px 0;font-size:14px;\">");
      spans(h, p);
      h.append("</p>\n");
    } else if (block instanceof Entry e) {
      h.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"")
          .append(" style=\"border-left:3px solid ")
          .append(BAR_COLOUR)
          .append(";margin:0 0 8px 0;background:#f8fafc;\"><tr><td style=\"font-size:14px;\">");
      spans(h, Para.of(e.heading().toArray(Span[]::new)));
      h.append("<div style=\"margin:4px 0;white-space:pre-wrap;\">")
          .append(escape(e.body()))
          .append("</div>");
      for (Para note : e.notes()) {
        h.append("<div style=\"font-size:12px;color:#555555;\">");
        spans(h, note);
        h.append("</div>");
      }
      h.append("</td></tr></table>\n");
    } else if (block instanceof Table t) {
      h.append("<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\"")
          .append(
              " style=\"border-collapse:collapse;border-color:#dddddd;font-size:13px;margin:0 0 8px 0;\"><tr>");
      for (String head : t.header()) {
        h.append("<th align=\"left\" style=\"background:#eef2f7;\">")
            .append(escape(head))
            .append("</th>");
      }
      h.append("</tr>");
      for (int r = 0; r < t.rows().size(); r++) {
        h.append("<tr>");
        for (int c = 0; c < t.rows().get(r).size(); c++) {
          h.append("<td>");
          spans(h, Para.of(t.cell(r, c)));
          h.append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</table>\n");
    } else if (block instanceof Bars b) {
      bars(h, b);
    }
  }

  private static void bars(StringBuilder h, Bars b) {
    h.append("<p style=\"margin:8px 0 4px 0;font-size:13px;font-weight:bold;\">")
        .append(escape(b.caption()))
        .append(
            "</p>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"")
        .append(" style=\"font-size:12px;margin:0 0 8px 0;\">");
    for (Bar bar : b.bars()) {
      int percent = (int) Math.round(bar.fraction() * 100);
      h.append("<tr><td width=\"35%\">")
          .append(escape(bar.label()))
          .append("</td><td width=\"40%\"><table role=\"presentation\" width=\"100%\"")
          .append(" cellpadding=\"0\" cellspacing=\"0\"><tr>");
      if (percent > 0) {
        h.append("<td width=\"")
            .append(percent)
            .append("%\" height=\"12\" bgcolor=\"")
            .append(BAR_COLOUR)
            .append("\" style=\"background:")
            .append(BAR_COLOUR)
            .append(";font-size:1px;line-height:1px;\">&nbsp;</td>");
      }
      if (percent < 100) {
        h.append("<td width=\"")
            .append(100 - percent)
            .append("%\" height=\"12\" bgcolor=\"#e5e7eb\" style=\"background:#e5e7eb;")
            .append("font-size:1px;line-height:1px;\">&nbsp;</td>");
      }
      h.append("</tr></table></td><td>").append(escape(bar.figure())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void spans(StringBuilder h, Para p) {
    for (Span s : p.spans()) {
      String text = escape(s.text());
      if (s.link().isPresent()) {
        h.append("<a href=\"")
            .append(escape(s.link().get().toString()))
            .append("\" style=\"color:")
            .append(BAR_COLOUR)
            .append(";\">")
            .append(text)
            .append("</a>");
      } else if (s.strong()) {
        h.append("<strong>").append(text).append("</strong>");
      } else {
        h.append(text);
      }
    }
  }
}
