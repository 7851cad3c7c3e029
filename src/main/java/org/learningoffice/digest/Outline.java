package org.learningoffice.digest;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest laid out as titled sections of simple blocks, so that every channel renders the same
 * content its own way. All strings are plain text; each renderer escapes them for its format.
 *
 * <p>The {@link #top} is what fits one screen (the numbers and the highlights, at most {@link
 * #TOP_WORDS} words); the {@link #rest} is compact and ends with the link to the dashboard's week.
 * Sections of other features ({@link DigestContribution}) are public types so they can be built
 * outside this package.
 */
public record Outline(String title, List<Section> top, List<Section> rest) {
  /** Words the top of the digest holds at most, so a reader sees it without scrolling. */
  public static final int TOP_WORDS = 250;

  public Outline {
    top = List.copyOf(top);
    rest = List.copyOf(rest);
  }

  /** The top, then the rest. */
  public List<Section> sections() {
    List<Section> all = new java.util.ArrayList<>(top);
    all.addAll(rest);
    return all;
  }

  /** A titled part of the digest; sections without content are not made. */
  public record Section(String title, List<Block> blocks) {
    public Section {
      Objects.requireNonNull(title, "title");
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section. */
  public sealed interface Block permits Para, Entry, Table, Bars {}

  /** A line of text with links. */
  public record Para(List<Span> spans) implements Block {
    public Para {
      spans = List.copyOf(spans);
    }

    public static Para of(Span... spans) {
      return new Para(List.of(spans));
    }
  }

  /** A lesson: heading line, its text, and small notes (facets, action, earlier occurrences). */
  public record Entry(List<Span> heading, String body, List<Para> notes) implements Block {
    public Entry {
      heading = List.copyOf(heading);
      Objects.requireNonNull(body, "body");
      notes = List.copyOf(notes);
    }
  }

  /**
   * A small table of figures; a cell may link somewhere (an order's or an action's Jira issue),
   * which the renderers that can show links do.
   *
   * @param links per row and column, where the cell links to; empty lists for a table of no links
   */
  public record Table(List<String> header, List<List<String>> rows, List<List<Optional<URI>>> links)
      implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      links = links.stream().map(List::copyOf).toList();
      if (!links.isEmpty() && links.size() != rows.size()) {
        throw new IllegalArgumentException("links must be given for every row or for none");
      }
    }

    /** A table whose cells link nowhere. */
    public Table(List<String> header, List<List<String>> rows) {
      this(header, rows, List.of());
    }

    /** Where the cell at {@code row}, {@code column} links to, if anywhere. */
    public Optional<URI> link(int row, int column) {
      if (links.isEmpty() || column >= links.get(row).size()) {
        return Optional.empty();
      }
      return links.get(row).get(column);
    }

    /** The cell as a span: its text, and its link if it has one. */
    public Span cell(int row, int column) {
      String text = rows.get(row).get(column);
      return link(row, column).map(url -> Span.link(text, url)).orElseGet(() -> Span.text(text));
    }
  }

  /** Horizontal bars, each a share in [0, 1] of the widest. */
  public record Bars(String caption, List<Bar> bars) implements Block {
    public Bars {
      bars = List.copyOf(bars);
    }
  }

  /** One bar: a label, its length in [0, 1] and the figure shown next to it. */
  public record Bar(String label, double fraction, String figure) {
    public Bar {
      fraction = Math.max(0, Math.min(1, fraction));
    }
  }

  /** Text, perhaps strong, perhaps a link. */
  public record Span(String text, boolean strong, Optional<URI> link) {
    public Span {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(link, "link");
    }

    public static Span text(String text) {
      return new Span(text, false, Optional.empty());
    }

    public static Span strong(String text) {
      return new Span(text, true, Optional.empty());
    }

    public static Span link(String text, URI url) {
      return new Span(text, false, Optional.of(url));
    }
  }
}
