package org.learningoffice.office;

import static org.learningoffice.web.HtmlText.escape;

import java.util.List;
import java.util.Locale;

/**
 * Writes the dashboard's bar charts as inline SVG, with no script and no inline style: colours come
 * from {@code office.css} through the {@code series-N} classes. Every text is XML-escaped; a value
 * that is negative, NaN or infinite is drawn as 0, and a chart of zeros keeps a scale of 1, so no
 * coordinate is ever NaN. The axis and the value column are as wide as their longest text ("no
 * lessons", a five-digit maximum), so the SVG's edge never cuts one off.
 */
final class SvgChart {
  /** One part of a bar: its colour class index, its value and what hovering over it says. */
  record Segment(int series, double value, String title) {}

  /** A bar (a column, or a row of a horizontal chart) of stacked segments under a label. */
  record Bar(String label, List<Segment> segments) {
    Bar {
      segments = List.copyOf(segments);
    }

    double total() {
      return segments.stream().mapToDouble(s -> clean(s.value())).sum();
    }
  }

  private static final int COLUMNS_WIDTH = 640;
  private static final int COLUMNS_HEIGHT = 220;
  private static final int AXIS = 36;
  private static final int BASELINE = 190;
  private static final int TOP = 14;

  private static final int ROWS_WIDTH = 480;
  private static final int ROW = 30;
  private static final int LABEL = 130;
  private static final int VALUE = 60;

  /**
   * Width of one character at the charts' 12px font, rounded up from the widest digits and
   * lowercase letters of common sans-serif fonts (DejaVu Sans: 7.6): only text lengths are known
   * here, not the browser's font.
   */
  private static final double CHAR_WIDTH = 8.5;

  private SvgChart() {}

  /**
   * Vertical stacked columns, one per bar in the order given, scaled to the tallest column; the
   * axis shows 0 and that maximum.
   */
  static String columns(String id, String title, List<Bar> bars) {
    double max = scale(bars.stream().mapToDouble(Bar::total).max().orElse(0));
    StringBuilder svg = open(id, title, COLUMNS_WIDTH, COLUMNS_HEIGHT);
    double plot = BASELINE - TOP;
    double axis = Math.max(AXIS, textWidth(number(max)) + 6);
    line(svg, axis, BASELINE, COLUMNS_WIDTH, BASELINE, "axis");
    line(svg, axis, TOP, COLUMNS_WIDTH, TOP, "grid");
    text(svg, axis - 4, TOP + 4, "end", number(max));
    text(svg, axis - 4, BASELINE + 4, "end", "0");
    double slot = bars.isEmpty() ? 0 : (COLUMNS_WIDTH - axis) / bars.size();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double x = axis + i * slot + slot * 0.15;
      double width = slot * 0.7;
      double y = BASELINE;
      svg.append("<g><title>").append(escape(bar.label() + ": " + number(bar.total())));
      svg.append("</title>");
      for (Segment s : bar.segments()) {
        double h = clean(s.value()) / max * plot;
        if (h > 0) {
          y -= h;
          rect(svg, x, y, width, h, s);
        }
      }
      svg.append("</g>");
      text(svg, x + width / 2, BASELINE + 18, "middle", bar.label());
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Horizontal stacked bars, one row per bar, scaled to {@code max} (or the longest bar where that
   * is longer); each row ends with its {@code shown} value text.
   */
  static String rows(String id, String title, List<Bar> bars, double max, List<String> shown) {
    if (shown.size() != bars.size()) {
      throw new IllegalArgumentException("one shown value per bar");
    }
    double scale =
        scale(Math.max(clean(max), bars.stream().mapToDouble(Bar::total).max().orElse(0)));
    int height = Math.max(1, bars.size()) * ROW + 4;
    StringBuilder svg = open(id, title, ROWS_WIDTH, height);
    double value =
        Math.max(VALUE, shown.stream().mapToDouble(SvgChart::textWidth).max().orElse(0) + 8);
    double plot = ROWS_WIDTH - LABEL - value;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 4 + i * ROW;
      text(svg, LABEL - 6, y + ROW / 2.0 + 2, "end", bar.label());
      rect(svg, LABEL, y + 4, plot, ROW - 10, "track");
      double x = LABEL;
      for (Segment s : bar.segments()) {
        double w = clean(s.value()) / scale * plot;
        if (w > 0) {
          rect(svg, x, y + 4, w, ROW - 10, s);
          x += w;
        }
      }
      text(svg, LABEL + plot + 6, y + ROW / 2.0 + 2, "start", shown.get(i));
    }
    return svg.append("</svg>").toString();
  }

  /** How wide {@code text} is drawn at most, in the charts' units. */
  private static double textWidth(String text) {
    return text.codePointCount(0, text.length()) * CHAR_WIDTH;
  }

  /** A value to draw: negative, NaN and infinite values count as 0. */
  static double clean(double value) {
    return Double.isFinite(value) && value > 0 ? value : 0;
  }

  private static double scale(double max) {
    return max > 0 ? max : 1;
  }

  private static StringBuilder open(String id, String title, int width, int height) {
    String titleId = escape(id) + "-title";
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(escape(id))
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append("\"><title id=\"")
        .append(titleId)
        .append("\">")
        .append(escape(title))
        .append("</title>");
  }

  private static void rect(StringBuilder svg, double x, double y, double w, double h, Segment s) {
    openRect(svg, "series-" + Math.max(0, s.series()), x, y, w, h)
        .append("><title>")
        .append(escape(s.title()))
        .append("</title></rect>");
  }

  private static void rect(
      StringBuilder svg, double x, double y, double w, double h, String cssClass) {
    openRect(svg, cssClass, x, y, w, h).append("/>");
  }

  /** A rect's start tag up to its last attribute, left open for a title or a self-closing end. */
  private static StringBuilder openRect(
      StringBuilder svg, String cssClass, double x, double y, double w, double h) {
    return svg.append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(coordinate(x))
        .append("\" y=\"")
        .append(coordinate(y))
        .append("\" width=\"")
        .append(coordinate(w))
        .append("\" height=\"")
        .append(coordinate(h))
        .append('"');
  }

  private static void line(
      StringBuilder svg, double x1, double y1, double x2, double y2, String c) {
    svg.append("<line class=\"")
        .append(c)
        .append("\" x1=\"")
        .append(coordinate(x1))
        .append("\" y1=\"")
        .append(coordinate(y1))
        .append("\" x2=\"")
        .append(coordinate(x2))
        .append("\" y2=\"")
        .append(coordinate(y2))
        .append("\"/>");
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
    svg.append("<text x=\"")
        .append(coordinate(x))
        .append("\" y=\"")
        .append(coordinate(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(escape(text))
        .append("</text>");
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", clean(value));
  }

  /** 3, 2.5, 0.33: at most two decimals, no trailing zeros. */
  static String number(double value) {
    double v = clean(value);
    if (v == Math.rint(v) && v < 1e9) {
      return Long.toString((long) v);
    }
    String two = String.format(Locale.ROOT, "%.2f", v);
    return two.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
