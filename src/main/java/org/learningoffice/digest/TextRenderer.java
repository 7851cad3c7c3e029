package org.learningoffice.digest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learningoffice.digest.Outline.Bar;
import org.learningoffice.digest.Outline.Bars;
import org.learningoffice.digest.Outline.Block;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Section;
import org.learningoffice.digest.Outline.Span;
import org.learningoffice.digest.Outline.Table;

/** The digest as plain text: the e-mail's text alternative and {@code digest-<week>.txt}. */
public final class TextRenderer {
  private static final int BAR_WIDTH = 20;

  public String render(Digest digest, Optional<URI> unsubscribe) {
    Outline outline = OutlineBuilder.outline(digest);
    StringBuilder t = new StringBuilder(4096);
    t.append(outline.title())
        .append('\n')
        .append("=".repeat(outline.title().length()))
        .append("\n");
    for (Section section : outline.sections()) {
      t.append('\n').append(section.title()).append('\n');
      t.append("-".repeat(section.title().length())).append('\n');
      for (Block block : section.blocks()) {
        block(t, block);
      }
    }
    unsubscribe.ifPresent(u -> t.append("\nUnsubscribe: ").append(u).append('\n'));
    return t.toString();
  }

  private static void block(StringBuilder t, Block block) {
    if (block instanceof Para p) {
      t.append(spans(p.spans())).append('\n');
    } else if (block instanceof Entry e) {
      t.append("* ").append(spans(e.heading())).append('\n');
      for (String line : e.body().split("\\R", -1)) {
        t.append("    ").append(line).append('\n');
      }
      for (Para note : e.notes()) {
        t.append("    ").append(spans(note.spans())).append('\n');
      }
    } else if (block instanceof Table table) {
      t.append(String.join(" | ", table.header())).append('\n');
      for (int r = 0; r < table.rows().size(); r++) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.rows().get(r).size(); c++) {
          cells.add(spans(List.of(table.cell(r, c))));
        }
        t.append(String.join(" | ", cells)).append('\n');
      }
    } else if (block instanceof Bars bars) {
      t.append(bars.caption()).append(":\n");
      int width = bars.bars().stream().mapToInt(b -> b.label().length()).max().orElse(0);
      for (Bar bar : bars.bars()) {
        int filled = (int) Math.round(bar.fraction() * BAR_WIDTH);
        t.append("  ")
            .append(String.format("%-" + width + "s", bar.label()))
            .append(" ")
            .append("#".repeat(filled))
            .append(".".repeat(BAR_WIDTH - filled))
            .append(" ")
            .append(bar.figure())
            .append('\n');
      }
    }
  }

  private static String spans(List<Span> spans) {
    StringBuilder s = new StringBuilder();
    for (Span span : spans) {
      s.append(span.text());
      span.link()
          .filter(u -> !u.toString().equals(span.text()))
          .ifPresent(u -> s.append(" <").append(u).append('>'));
    }
    return s.toString();
  }
}
