package org.learningoffice.digest;

import java.util.ArrayList;
import java.util.List;
import org.learningoffice.digest.Outline.Bar;
import org.learningoffice.digest.Outline.Bars;
import org.learningoffice.digest.Outline.Block;
import org.learningoffice.digest.Outline.Entry;
import org.learningoffice.digest.Outline.Para;
import org.learningoffice.digest.Outline.Section;
import org.learningoffice.digest.Outline.Span;
import org.learningoffice.digest.Outline.Table;
import org.learningoffice.jira.Document;
import org.learningoffice.jira.NewIssue;

/**
 * The digest as a Jira issue in the learning office's project. The description is a {@link
 * Document}, which the Jira client renders as ADF on Cloud and escaped wiki markup on Data Center.
 * It stays under Jira's limit for a field: past {@link #MAX_CHARS} the sections stop, a line says
 * so, and the dashboard's link still ends it.
 */
public final class JiraIssueRenderer {
  /**
   * Characters the description holds at most: Jira's limit, less room for the parts being measured
   * one by one rather than as a whole.
   */
  static final int MAX_CHARS = Document.MAX_FIELD_CHARS - 1_000;

  private static final String TOO_LONG =
      "… the rest of this digest is longer than a Jira issue holds: see the dashboard.";

  /** The issue to create in {@code projectKey}. */
  public NewIssue render(Digest digest, String projectKey, String issueType) {
    Outline outline = OutlineBuilder.outline(digest);
    return new NewIssue(
        projectKey,
        issueType,
        outline.title(),
        document(outline),
        List.of("learning-office-digest", "digest-" + digest.week()));
  }

  static Document document(Outline outline) {
    List<Section> sections = outline.sections();
    // the last section, the dashboard's link, always goes in; the others while the issue fits
    List<Document.Block> end = new ArrayList<>();
    parts(sections.get(sections.size() - 1)).forEach(end::addAll);
    Document.Paragraph note = Document.Paragraph.of(Document.text(TOO_LONG));
    int chars = chars(end) + chars(List.of(note));
    List<Document.Block> blocks = new ArrayList<>();
    boolean cut = false;
    for (Section section : sections.subList(0, sections.size() - 1)) {
      for (List<Document.Block> part : parts(section)) {
        chars += chars(part);
        if (chars > MAX_CHARS) {
          cut = true;
          break;
        }
        blocks.addAll(part);
      }
      if (cut) {
        blocks.add(note);
        break;
      }
    }
    blocks.addAll(end);
    return new Document(blocks);
  }

  /**
   * A section's blocks, in parts kept whole: its heading with its first block, then a block each.
   */
  private static List<List<Document.Block>> parts(Section section) {
    List<List<Document.Block>> parts = new ArrayList<>();
    List<Document.Block> part = new ArrayList<>();
    part.add(Document.Heading.of(2, Document.text(section.title())));
    for (Block block : section.blocks()) {
      block(part, block);
      parts.add(part);
      part = new ArrayList<>();
    }
    if (parts.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  private static int chars(List<Document.Block> blocks) {
    return new Document(blocks).fieldChars();
  }

  private static void block(List<Document.Block> blocks, Block block) {
    if (block instanceof Para p) {
      blocks.add(paragraph(p.spans()));
    } else if (block instanceof Entry e) {
      List<Document.Paragraph> items = new ArrayList<>();
      items.add(paragraph(e.heading()));
      items.add(Document.Paragraph.of(Document.text(e.body())));
      for (Para note : e.notes()) {
        items.add(paragraph(note.spans()));
      }
      blocks.add(new Document.BulletList(items));
    } else if (block instanceof Table t) {
      List<Document.Paragraph> items = new ArrayList<>();
      for (int r = 0; r < t.rows().size(); r++) {
        List<Span> spans = new ArrayList<>();
        for (int c = 0; c < t.rows().get(r).size() && c < t.header().size(); c++) {
          spans.add(Span.text((c > 0 ? ", " : "") + t.header().get(c) + ": "));
          spans.add(t.cell(r, c));
        }
        items.add(paragraph(spans));
      }
      blocks.add(new Document.BulletList(items));
    } else if (block instanceof Bars bars) {
      blocks.add(Document.Paragraph.of(Document.strong(bars.caption())));
      List<Document.Paragraph> items = new ArrayList<>();
      for (Bar bar : bars.bars()) {
        items.add(Document.Paragraph.of(Document.text(bar.label() + ": " + bar.figure())));
      }
      blocks.add(new Document.BulletList(items));
    }
  }

  private static Document.Paragraph paragraph(List<Span> spans) {
    List<Document.Inline> inlines = new ArrayList<>();
    for (Span span : spans) {
      if (span.text().isEmpty()) {
        continue;
      }
      if (span.link().isPresent()) {
        inlines.add(Document.link(span.text(), span.link().get()));
      } else {
        inlines.add(new Document.Text(span.text(), span.strong()));
      }
    }
    return new Document.Paragraph(inlines);
  }
}
