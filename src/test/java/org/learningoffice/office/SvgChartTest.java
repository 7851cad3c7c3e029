package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.learningoffice.office.SvgChart.Bar;
import org.learningoffice.office.SvgChart.Segment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG writer: escaped text, sane scales for zero and odd data, well-formed output. */
class SvgChartTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"\u0007";

  @Test
  void labelsTitlesAndHoverTextsAreEscapedAndControlCharactersDropped() throws Exception {
    String svg =
        SvgChart.columns(
            "c\"1", HOSTILE, List.of(new Bar(HOSTILE, List.of(new Segment(0, 2, HOSTILE)))));

    assertThat(svg).doesNotContain("<script", "\"quoted\"", "\u0007");
    assertThat(svg)
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</title>")
        .contains("id=\"c&quot;1\"");
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("<script>alert('x')</script> & \"quoted\"");
  }

  @Test
  void theChartHasItsTitleAsAnAccessibleName() throws Exception {
    Element root =
        parse(SvgChart.rows("share", "Exploration share", List.of(), 1, List.of()))
            .getDocumentElement();

    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("share-title");
    Element title = (Element) root.getElementsByTagName("title").item(0);
    assertThat(title.getAttribute("id")).isEqualTo("share-title");
    assertThat(title.getTextContent()).isEqualTo("Exploration share");
  }

  @Test
  void columnsAreScaledToTheTallestAndStackTheirSegments() throws Exception {
    String svg =
        SvgChart.columns(
            "c",
            "t",
            List.of(
                new Bar("A", List.of(new Segment(0, 1, "a0"), new Segment(1, 1, "a1"))),
                new Bar("B", List.of(new Segment(0, 4, "b0")))));

    List<Element> rects = rects(parse(svg));
    // plot height 176: B's 4 fills it, A's two segments of 1 are a quarter each, stacked
    assertThat(rects)
        .extracting(r -> r.getAttribute("height"))
        .containsExactly("44.0", "44.0", "176.0");
    assertThat(rects)
        .extracting(r -> r.getAttribute("y"))
        .containsExactly("146.0", "102.0", "14.0");
    assertThat(rects)
        .extracting(r -> r.getAttribute("class"))
        .containsExactly("series-0", "series-1", "series-0");
    assertThat(svg).contains(">4</text>");
  }

  @Test
  void zerosEmptyChartsAndNonFiniteValuesDrawNothingAndNeverNaN() throws Exception {
    List<Bar> zeros = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      zeros.add(new Bar("W" + i, List.of(new Segment(0, 0, "none"))));
    }
    List<Bar> odd =
        List.of(
            new Bar("nan", List.of(new Segment(0, Double.NaN, "n"))),
            new Bar("inf", List.of(new Segment(1, Double.POSITIVE_INFINITY, "i"))),
            new Bar("neg", List.of(new Segment(2, -3, "m"))));
    List<String> svgs =
        List.of(
            SvgChart.columns("z", "zeros", zeros),
            SvgChart.columns("e", "empty", List.of()),
            SvgChart.columns("o", "odd", odd),
            SvgChart.rows("r", "odd rows", odd, Double.NaN, List.of("a", "b", "c")),
            SvgChart.rows("q", "zero rows", zeros, 0, zeros.stream().map(b -> "0").toList()));

    for (String svg : svgs) {
      assertThat(svg).doesNotContain("NaN", "Infinity");
      Document doc = parse(svg);
      assertThat(rects(doc)).as(svg).isEmpty();
    }
  }

  @Test
  void rowsAreScaledToTheirMaximumAndShowTheirValue() throws Exception {
    String svg =
        SvgChart.rows(
            "r",
            "share",
            List.of(
                new Bar("Half", List.of(new Segment(1, 0.5, "h"))),
                new Bar("Quarter", List.of(new Segment(3, 0.25, "q")))),
            1,
            List.of("50%", "25%"));

    // 480 wide, 130 for labels, 60 for values: 290 for the bar at 100 %
    assertThat(rects(parse(svg)))
        .extracting(r -> r.getAttribute("width"))
        .containsExactly("145.0", "72.5");
    assertThat(svg).contains(">50%</text>", ">25%</text>", ">Half</text>");
    assertThatThrownBy(() -> SvgChart.rows("r", "t", List.of(), 1, List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersHaveAtMostTwoDecimals() {
    assertThat(SvgChart.number(3)).isEqualTo("3");
    assertThat(SvgChart.number(1.5)).isEqualTo("1.5");
    assertThat(SvgChart.number(5.0 / 3)).isEqualTo("1.67");
    assertThat(SvgChart.number(Double.NaN)).isEqualTo("0");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The data rectangles (those with a series colour). */
  private static List<Element> rects(Document doc) {
    NodeList all = doc.getElementsByTagName("rect");
    List<Element> data = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element r = (Element) all.item(i);
      if (r.getAttribute("class").startsWith("series-")) {
        data.add(r);
      }
    }
    return data;
  }
}
