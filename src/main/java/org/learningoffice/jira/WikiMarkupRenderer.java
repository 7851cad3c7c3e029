package org.learningoffice.jira;

import java.util.List;
import java.util.regex.Pattern;
import org.learningoffice.jira.Document.Block;
import org.learningoffice.jira.Document.BulletList;
import org.learningoffice.jira.Document.Heading;
import org.learningoffice.jira.Document.Inline;
import org.learningoffice.jira.Document.Link;
import org.learningoffice.jira.Document.Mention;
import org.learningoffice.jira.Document.Paragraph;
import org.learningoffice.jira.Document.Text;

/**
 * Renders a {@link Document} to Jira wiki markup (Data Center REST v2). Every piece of text is
 * escaped so that it shows as typed and cannot form markup: the characters Jira's renderer accepts
 * a backslash escape for get one; those it does not ({@code \ & # :}) become numeric character
 * references; line breaks become the forced break {@code \\} so that no user text ever starts a
 * line (where {@code h1.}, {@code bq.}, {@code #} or {@code *} would mean something).
 */
final class WikiMarkupRenderer {
  /** The characters Jira's wiki renderer un-escapes after a backslash. */
  private static final String BACKSLASH_ESCAPED = "!|[]^~+?%{}()*_-@";

  private static final Pattern BLOCK_PREFIX = Pattern.compile("^(h[1-6]|bq)\\.");

  String render(Document document) {
    StringBuilder out = new StringBuilder();
    for (Block block : document.blocks()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block(block));
    }
    return out.toString();
  }

  /** Escapes plain text so that wiki markup shows it as it is. */
  static String escape(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(normalized.length() + 16);
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\n') {
        out.append("\\\\ ");
      } else if (c == '\\' || c == '&' || c == '#' || c == ':') {
        out.append("&#").append((int) c).append(';');
      } else if (BACKSLASH_ESCAPED.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String block(Block block) {
    if (block instanceof Paragraph paragraph) {
      return startOfLine(inlines(paragraph.content()));
    }
    if (block instanceof Heading heading) {
      return "h" + heading.level() + ". " + inlines(heading.content());
    }
    StringBuilder list = new StringBuilder();
    for (Paragraph item : ((BulletList) block).items()) {
      if (list.length() > 0) {
        list.append('\n');
      }
      list.append("* ").append(inlines(item.content()));
    }
    return list.toString();
  }

  private String inlines(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        String escaped = escape(text.text());
        out.append(text.strong() && !escaped.isBlank() ? "*" + escaped + "*" : escaped);
      } else if (inline instanceof Link link) {
        out.append('[');
        if (!link.text().isEmpty()) {
          out.append(escape(link.text())).append('|');
        }
        out.append(linkTarget(link)).append(']');
      } else {
        out.append(mention(((Mention) inline).user()));
      }
    }
    return out.toString();
  }

  /**
   * A paragraph's first characters are a line start; {@code h1.} or {@code bq.} there is markup.
   */
  private static String startOfLine(String rendered) {
    if (BLOCK_PREFIX.matcher(rendered).find()) {
      return "&#" + (int) rendered.charAt(0) + ";" + rendered.substring(1);
    }
    return rendered;
  }

  private static String linkTarget(Link link) {
    String url = link.url().toASCIIString();
    StringBuilder out = new StringBuilder(url.length());
    for (char c : url.toCharArray()) {
      if ("[]|{}!\\ ".indexOf(c) >= 0) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String mention(JiraUser user) {
    if (!(user.id() instanceof UserId.Username username)) {
      throw new IllegalArgumentException("Jira Data Center mentions need a user name");
    }
    String name = username.value();
    if (name.chars().anyMatch(c -> "[]|{}~\\".indexOf(c) >= 0 || Character.isISOControl(c))) {
      throw new IllegalArgumentException("user name cannot be mentioned in wiki markup: " + name);
    }
    return "[~" + name + "]";
  }
}
