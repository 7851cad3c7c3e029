package org.learningoffice.digest;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest laid out as titled sections of simple blocks, so that every channel renders the same
 * content its own way. All strings are plain text; each renderer escapes them for its format.
 */
record Outline(String title, List<Section> sections) {
  Outline {
    sections = List.copyOf(sections);
  }

  /** A titled part of the digest; sections without content are not made. */
  record Section(String title, List<Block> blocks) {
    Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section. */
  sealed interface Block permits Para, Entry, Table, Bars {}

  /** A line of text with links. */
  record Para(List<Span> spans) implements Block {
    Para {
      spans = List.copyOf(spans);
    }

    static Para of(Span... spans) {
      return new Para(List.of(spans));
    }
  }

  /** A lesson: heading line, its text, and small notes (facets, action, earlier occurrences). */
  record Entry(List<Span> heading, String body, List<Para> notes) implements Block {
    Entry {
      heading = List.copyOf(heading);
      Objects.requireNonNull(body, "body");
      notes = List.copyOf(notes);
    }
  }

  /** A small table of figures. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** Horizontal bars, each a share in [0, 1] of the widest. */
  record Bars(String caption, List<Bar> bars) implements Block {
    Bars {
      bars = List.copyOf(bars);
    }
  }

  /** One bar: a label, its length in [0, 1] and the figure shown next to it. */
  record Bar(String label, double fraction, String figure) {
    Bar {
      fraction = Math.max(0, Math.min(1, fraction));
    }
  }

  /** Text, perhaps strong, perhaps a link. */
  record Span(String text, boolean strong, Optional<URI> link) {
    Span {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(link, "link");
    }

    static Span text(String text) {
      return new Span(text, false, Optional.empty());
    }

    static Span strong(String text) {
      return new Span(text, true, Optional.empty());
    }

    static Span link(String text, URI url) {
      return new Span(text, false, Optional.of(url));
    }
  }
}
