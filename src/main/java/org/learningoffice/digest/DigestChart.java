package org.learningoffice.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.learningoffice.digest.Digest.MatrixCell;
import org.learningoffice.taxonomy.LessonType;

/**
 * The digest's one picture: this week's lessons per unit and type as horizontal bars, each with a
 * tick at the four-week average, drawn with Java2D (headless) as a PNG. E-mail clients show a PNG
 * sent as an inline part where they drop SVG and scripts; the text next to it says the same.
 */
public final class DigestChart {
  static final int WIDTH = 600;
  private static final int ROW = 30;
  private static final int TOP = 36;
  private static final int LABEL = 210;
  private static final int FIGURE = 120;
  private static final Color EXPLOITATION = new Color(0x2f, 0x6f, 0xb3);
  private static final Color EXPLORATION = new Color(0xd9, 0x77, 0x06);
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color AVERAGE = new Color(0x11, 0x11, 0x11);

  /** The chart as PNG bytes, or empty for a week without lessons (nothing to draw). */
  public Optional<byte[]> png(Digest digest) {
    List<MatrixCell> cells = cells(digest);
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    int height = TOP + cells.size() * ROW + 34;
    // 2x for sharp text on high-density screens; the <img> is sized to half
    BufferedImage image = new BufferedImage(WIDTH * 2, height * 2, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(2, 2);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      draw(g, digest, cells, height);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the digest chart", e);
    }
    return Optional.of(out.toByteArray());
  }

  /** The chart as a {@code data:} URI, for pages and files (e-mail refers to an inline part). */
  public Optional<String> dataUri(Digest digest) {
    return png(digest)
        .map(bytes -> "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes));
  }

  /** What the chart shows, in words: its alt text. */
  public String description(Digest digest) {
    StringBuilder s = new StringBuilder("Lessons this week by unit and type: ");
    List<MatrixCell> cells = cells(digest);
    for (int i = 0; i < cells.size(); i++) {
      MatrixCell c = cells.get(i);
      s.append(i == 0 ? "" : "; ")
          .append(Labels.unit(c.unit()))
          .append(' ')
          .append(Labels.type(c.type()).toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(c.count());
    }
    return s.append('.').toString();
  }

  /** Height of the image as shown (half its pixels). */
  public int height(Digest digest) {
    return TOP + cells(digest).size() * ROW + 34;
  }

  /** The cells worth a bar: those with lessons now or in the weeks before. */
  private static List<MatrixCell> cells(Digest digest) {
    if (digest.totals().lessonsCaptured() == 0) {
      return List.of();
    }
    return digest.matrix().stream().filter(c -> c.count() > 0 || c.previousAverage() > 0).toList();
  }

  private static void draw(Graphics2D g, Digest digest, List<MatrixCell> cells, int height) {
    Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    g.setFont(plain.deriveFont(Font.BOLD, 14f));
    g.setColor(TEXT);
    g.drawString("Lessons in " + digest.week() + " by unit and type", 8, 20);
    g.setFont(plain);
    double max =
        cells.stream().mapToDouble(c -> Math.max(c.count(), c.previousAverage())).max().orElse(1);
    int barSpace = WIDTH - LABEL - FIGURE - 16;
    for (int i = 0; i < cells.size(); i++) {
      MatrixCell c = cells.get(i);
      int y = TOP + i * ROW;
      g.setColor(TEXT);
      String label = Labels.unit(c.unit()) + " · " + Labels.type(c.type());
      g.drawString(label, 8, y + 16);
      int length = (int) Math.round(barSpace * c.count() / max);
      g.setColor(c.type() == LessonType.EXPLORATION ? EXPLORATION : EXPLOITATION);
      g.fillRect(LABEL, y + 4, Math.max(length, c.count() > 0 ? 2 : 0), ROW - 10);
      int tick = LABEL + (int) Math.round(barSpace * c.previousAverage() / max);
      g.setColor(AVERAGE);
      g.setStroke(new BasicStroke(2f));
      g.drawLine(tick, y + 1, tick, y + ROW - 3);
      g.setColor(TEXT);
      String figure = c.count() + " (avg " + Labels.oneDecimal(c.previousAverage()) + ")";
      g.drawString(figure, WIDTH - FIGURE + 4, y + 16);
    }
    g.setColor(TEXT);
    String legend = "Bar: this week · line: average of the 4 weeks before";
    g.drawString(legend, 8, height - 12);
  }
}
