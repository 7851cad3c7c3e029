package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestDatabase;

/** What {@code GET /office} shows: filters, the unit × type matrix, the trend and the lessons. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OfficeDashboardTest {
  private static final Pattern TITLE = Pattern.compile("<h3 class=\"lesson-title\">(.*?)</h3>");

  private final OfficeFixture fixture;
  private final OfficeClient office;

  OfficeDashboardTest(TestDatabase.Kind kind) {
    fixture = new OfficeFixture(kind);
    office = fixture.office;
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private HttpResponse<String> dashboard(String query) throws Exception {
    return office.get("/office" + query, "Authorization", "Bearer " + DigestFixtures.ACCESS_TOKEN);
  }

  private String page(String query) throws Exception {
    HttpResponse<String> r = dashboard(query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void withoutAWeekTheDashboardShowsTheCurrentWeekInTheDigestZone() throws Exception {
    String html = page("");

    assertThat(html).contains("<span id=\"week\">2026-W49</span>");
    assertThat(titles(html)).containsExactly("This week&#39;s lesson");
  }

  @Test
  void matrixCountsTheWeeksLessonsByUnitAndType() throws Exception {
    String html = page("?week=2026-W48");

    assertThat(cell(html, "FRONT_OFFICE", "EXPLOITATION")).isEqualTo(1);
    assertThat(cell(html, "FRONT_OFFICE", "EXPLORATION")).isEqualTo(1);
    assertThat(cell(html, "BACK_OFFICE", "EXPLOITATION")).isEqualTo(1);
    assertThat(cell(html, "BACK_OFFICE", "EXPLORATION")).isZero();
    assertThat(cell(html, "BETWEEN", "EXPLOITATION")).isEqualTo(1);
    assertThat(cell(html, "BETWEEN", "EXPLORATION")).isZero();
    assertThat(html).contains("<td id=\"matrix-total\">4</td>");
    // the other filters narrow the matrix too
    String between = page("?week=2026-W48&unit=BETWEEN");
    assertThat(cell(between, "FRONT_OFFICE", "EXPLORATION")).isZero();
    assertThat(cell(between, "BETWEEN", "EXPLOITATION")).isEqualTo(1);
  }

  @Test
  void theChartsShowTheTwelveWeeksUpToTheSelectedOne() throws Exception {
    List<List<String>> rows =
        OfficeDashboardFiguresTest.rows(page("?week=2026-W48"), "chart-unit-type-table");

    assertThat(rows.stream().map(r -> r.get(0)))
        .hasSize(12)
        .startsWith("2026-W37")
        .endsWith("2026-W48");
    assertThat(rows.get(10).get(7)).isEqualTo("1");
    assertThat(rows.get(11).get(7)).isEqualTo("4");
    assertThat(rows.get(9).get(7)).isEqualTo("0");
  }

  @Test
  void filtersNarrowTheListNewestFirst() throws Exception {
    assertThat(titles(page("?week=2026-W48")))
        .containsExactly(
            "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Pump seal",
            "Drawing handover late",
            "Stock count was off",
            "Welding fixture was new");
    assertThat(titles(page("?week=2026-W48&unit=back-office")))
        .containsExactly("Stock count was off");
    assertThat(titles(page("?week=2026-W48&type=EXPLORATION")))
        .containsExactly("Welding fixture was new");
    assertThat(titles(page("?week=2026-W48&strategy=MTS")))
        .containsExactly("Drawing handover late", "Stock count was off");
    assertThat(titles(page("?week=2026-W48&priority=EXPEDITED"))).hasSize(2);
    assertThat(titles(page("?week=2026-W48&stage=ENGINEERING"))).hasSize(4);
    assertThat(titles(page("?week=2026-W48&stage=DELIVERY"))).isEmpty();
    assertThat(titles(page("?week=2026-W48&text=HANDOVER")))
        .containsExactly("Drawing handover late");
    assertThat(titles(page("?week=2026-W47"))).containsExactly("Last week&#39;s lesson");
  }

  @Test
  void lessonsShowTheirFacetsOrderAndALinkToTheTicket() throws Exception {
    String html = page("?week=2026-W48&text=stock");

    assertThat(html)
        .contains("<a class=\"ticket\" href=\"https://acme.atlassian.net/browse/ORD-2\">ORD-2</a>")
        .contains("Back office · Exploitation · from orders")
        .contains("stage Engineering · MTS · Standard")
        .contains("What happened on Stock count was off");
    assertThat(html).contains("<option value=\"EXPEDITED\">Expedited</option>");
  }

  @Test
  void hostileTitlesTextsAndSearchesAreEscaped() throws Exception {
    String listed = page("?week=2026-W48");
    assertThat(listed).doesNotContain("<script", "<b>bold", "<i>gone");
    assertThat(listed).contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;gone&lt;/i&gt;");

    String search = "<script>alert(2)</script>\"><img src=x>";
    String echoed =
        page("?week=2026-W48&text=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    assertThat(echoed).doesNotContain("<script", "<img");
    assertThat(echoed)
        .contains("value=\"&lt;script&gt;alert(2)&lt;/script&gt;&quot;&gt;&lt;img src=x&gt;\"");
    assertThat(titles(page("?week=2026-W48&text=%3Cscript%3Ealert")))
        .containsExactly("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Pump seal");
  }

  @Test
  void malformedWeekOrUnknownFilterValueIsA400PageWithTheReason() throws Exception {
    HttpResponse<String> week = dashboard("?week=2026-W99");
    assertThat(week.statusCode()).isEqualTo(400);
    assertThat(week.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(week.body()).contains("week must be an ISO week such as 2026-W48");
    assertThat(dashboard("?week=last").statusCode()).isEqualTo(400);
    HttpResponse<String> strategy = dashboard("?strategy=XYZ");
    assertThat(strategy.statusCode()).isEqualTo(400);
    assertThat(strategy.body()).contains("strategy= takes ETO, MTO, ATO or MTS");
    HttpResponse<String> priority = dashboard("?priority=urgent");
    assertThat(priority.statusCode()).isEqualTo(400);
    assertThat(priority.body())
        .contains("priority= takes EXPEDITED (Expedited) or STANDARD (Standard)");
    assertThat(dashboard("?stage=nowhere").statusCode()).isEqualTo(400);
    HttpResponse<String> unit = dashboard("?unit=%3Cb%3Ex");
    assertThat(unit.statusCode()).isEqualTo(400);
    assertThat(unit.body())
        .contains(
            "unit &#39;&lt;b&gt;x&#39; is not known; unit= takes FRONT_OFFICE (Front office),"
                + " BACK_OFFICE (Back office) or BETWEEN (Between)")
        .doesNotContain("<b>x")
        .doesNotContain("[FRONT_OFFICE");
  }

  @Test
  void aLongListIsCappedWithAHintToNarrowTheFilters() throws Exception {
    long order =
        fixture.seed.order(
            "ORD-9", "Many", Strategy.ATO, PriorityClass.STANDARD, OfficeLessons.W48);
    for (int i = 0; i < OfficeDashboard.LISTED + 1; i++) {
      fixture.seed.lesson(
          order, L.of("Bulk " + i, java.time.Instant.parse("2026-11-10T10:00:00Z").plusSeconds(i)));
    }

    String capped = page("?week=2026-W46");
    assertThat(titles(capped)).hasSize(OfficeDashboard.LISTED).startsWith("Bulk 100");
    assertThat(capped).contains("… and more: narrow the filters");
    assertThat(page("?week=2026-W48")).doesNotContain("and more");
  }

  private static List<String> titles(String html) {
    Matcher m = TITLE.matcher(html);
    List<String> titles = new ArrayList<>();
    while (m.find()) {
      titles.add(m.group(1));
    }
    return titles;
  }

  private static int cell(String html, String unit, String type) {
    Matcher m =
        Pattern.compile("id=\"cell-" + unit + "-" + type + "\"><a href=\"[^\"]*\">(\\d+)</a>")
            .matcher(html);
    assertThat(m.find()).as("matrix cell " + unit + "/" + type).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
