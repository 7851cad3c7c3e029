package org.learningoffice.jira;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small rich-text document for comments and descriptions, rendered to Atlassian Document Format
 * on Cloud and to wiki markup on Data Center. All text in it is plain text: it is never parsed as
 * markup, so user input cannot create links, mentions or macros.
 */
public record Document(List<Block> blocks) {
  /**
   * Characters Jira keeps at most in a text field such as a description or a comment; a longer
   * value is refused with a 400.
   */
  public static final int MAX_FIELD_CHARS = 32_767;

  public Document {
    blocks = List.copyOf(blocks);
  }

  /**
   * The characters this document takes as a field's value: the longer of its ADF (Jira Cloud) and
   * its wiki markup (Data Center), so that what fits {@link #MAX_FIELD_CHARS} here fits on either.
   */
  public int fieldChars() {
    return Math.max(
        new AdfRenderer().render(this).toString().length(),
        new WikiMarkupRenderer().render(this).length());
  }

  public static Document of(Block... blocks) {
    return new Document(List.of(blocks));
  }

  /** A block of the document. */
  public sealed interface Block permits Paragraph, Heading, BulletList {}

  /** A piece of text inside a block. */
  public sealed interface Inline permits Text, Link, Mention {}

  /** A paragraph. */
  public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }

    public static Paragraph of(Inline... content) {
      return new Paragraph(List.of(content));
    }
  }

  /** A heading of level 1 to 6. */
  public record Heading(int level, List<Inline> content) implements Block {
    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level must be 1..6");
      }
      content = List.copyOf(content);
    }

    public static Heading of(int level, Inline... content) {
      return new Heading(level, List.of(content));
    }
  }

  /** A bullet list; each item is one paragraph. */
  public record BulletList(List<Paragraph> items) implements Block {
    public BulletList {
      items = List.copyOf(items);
    }

    public static BulletList of(Paragraph... items) {
      return new BulletList(List.of(items));
    }
  }

  /** Plain text, optionally strong. Line breaks in it stay line breaks. */
  public record Text(String text, boolean strong) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A link to an http(s) URL with plain-text link text. */
  public record Link(String text, URI url) implements Inline {
    public Link {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("links must be http or https: " + url);
      }
    }
  }

  /** A mention that notifies the user. */
  public record Mention(JiraUser user) implements Inline {
    public Mention {
      Objects.requireNonNull(user, "user");
    }
  }

  public static Text text(String text) {
    return new Text(text, false);
  }

  public static Text strong(String text) {
    return new Text(text, true);
  }

  public static Link link(String text, URI url) {
    return new Link(text, url);
  }

  public static Mention mention(JiraUser user) {
    return new Mention(user);
  }
}
