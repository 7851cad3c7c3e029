package org.learningoffice.web;

/**
 * User text made safe for hand-built HTML and SVG (the digest's e-mail, its charts, small pages):
 * the five characters that can end a text or an attribute value become entities, and the control
 * characters XML forbids are dropped. Pebble pages escape by themselves (see {@link
 * HtmlTemplates}).
 */
public final class HtmlText {
  private HtmlText() {}

  /** {@code text} as element content or a quoted attribute value. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
